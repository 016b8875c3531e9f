using System.Collections;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;

namespace ReportPipeline.Model;

/// <summary>
/// An immutable list compared by value, so records holding it compare whole trees.
/// Records compare <see cref="ImmutableArray{T}"/> by reference; this wrapper does not.
/// </summary>
[CollectionBuilder(typeof(ValueList), nameof(ValueList.Create))]
public sealed class ValueList<T> : IReadOnlyList<T>, IEquatable<ValueList<T>>
{
    public static readonly ValueList<T> Empty = new(ImmutableArray<T>.Empty);

    private readonly ImmutableArray<T> items;

    public ValueList(ImmutableArray<T> items) => this.items = items.IsDefault ? ImmutableArray<T>.Empty : items;

    public int Count => items.Length;
    public T this[int index] => items[index];
    public bool IsEmpty => items.IsEmpty;

    public ImmutableArray<T>.Enumerator GetEnumerator() => items.GetEnumerator();
    IEnumerator<T> IEnumerable<T>.GetEnumerator() => ((IEnumerable<T>)items).GetEnumerator();
    IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable)items).GetEnumerator();

    public bool Equals(ValueList<T>? other) =>
        other is not null && items.AsSpan().SequenceEqual(other.items.AsSpan(), EqualityComparer<T>.Default);

    public override bool Equals(object? obj) => Equals(obj as ValueList<T>);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var item in items) hash.Add(item);
        return hash.ToHashCode();
    }

    public override string ToString() => $"[{string.Join(", ", items)}]";

    public static bool operator ==(ValueList<T>? left, ValueList<T>? right) => Equals(left, right);
    public static bool operator !=(ValueList<T>? left, ValueList<T>? right) => !Equals(left, right);
}

public static class ValueList
{
    public static ValueList<T> Create<T>(ReadOnlySpan<T> items) => new(ImmutableArray.Create(items));

    public static ValueList<T> ToValueList<T>(this IEnumerable<T> items) => new(items.ToImmutableArray());
}
