using System.Collections.Immutable;
using System.Security.Cryptography;

namespace ReportPipeline.Model;

/// <summary>An image's bytes and media type ("image/png").</summary>
public sealed record Resource(string Key, string MediaType, ImmutableArray<byte> Bytes)
{
    /// <summary>A file name for the resource: its key and the extension of its media type.</summary>
    public string FileName => Key + MediaTypes.ExtensionOf(MediaType);

    public bool Equals(Resource? other) => other is not null && Key == other.Key && MediaType == other.MediaType;

    public override int GetHashCode() => HashCode.Combine(Key, MediaType);
}

/// <summary>
/// The images of a document, each kept once under the hash of its bytes. Two stores are equal when they hold the
/// same keys: the key is the content's hash, so equal keys mean equal bytes.
/// </summary>
public sealed class ResourceStore : IEquatable<ResourceStore>
{
    public static readonly ResourceStore Empty = new(ImmutableSortedDictionary<string, Resource>.Empty.WithComparers(StringComparer.Ordinal));

    private readonly ImmutableSortedDictionary<string, Resource> items;

    private ResourceStore(ImmutableSortedDictionary<string, Resource> items) => this.items = items;

    public int Count => items.Count;
    public IEnumerable<Resource> All => items.Values;

    public Resource this[string key] => items[key];
    public bool Contains(string key) => items.ContainsKey(key);

    /// <summary>The key for some bytes: the first 16 hex digits of their SHA-256.</summary>
    public static string KeyOf(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes))[..16];

    /// <summary>A store with the bytes added (once); returns the key they are kept under.</summary>
    /// <exception cref="Decoding.ReportReadException">The images together would hold more than <see cref="Decoding.Budgets.MaxImageBytes"/>.</exception>
    public ResourceStore Add(byte[] bytes, string mediaType, out string key)
    {
        key = KeyOf(bytes);
        if (items.ContainsKey(key)) return this;
        var budgets = Decoding.Budgets.Current;
        if (TotalBytes + bytes.Length > budgets.MaxImageBytes)
            throw Decoding.Budgets.Exceeded($"the images hold more than {budgets.MaxImageBytes:N0} bytes", nameof(budgets.MaxImageBytes), budgets.MaxImageBytes);
        return new ResourceStore(items.Add(key, new Resource(key, mediaType, [.. bytes]))) { TotalBytes = TotalBytes + bytes.Length };
    }

    /// <summary>Bytes of every image together.</summary>
    public long TotalBytes { get; private init; }

    public bool Equals(ResourceStore? other) => other is not null && items.Keys.SequenceEqual(other.items.Keys);
    public override bool Equals(object? obj) => Equals(obj as ResourceStore);
    public override int GetHashCode() => items.Keys.Aggregate(0, HashCode.Combine);
    public override string ToString() => $"[{string.Join(", ", items.Keys)}]";
}
