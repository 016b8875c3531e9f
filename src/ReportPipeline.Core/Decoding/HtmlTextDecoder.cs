using System.Text;
using System.Text.RegularExpressions;

namespace ReportPipeline.Decoding;

/// <summary>
/// The text of a web page, decoded as a browser would: a byte-order mark first, then the charset a
/// <c>&lt;meta charset&gt;</c> or <c>&lt;meta http-equiv="Content-Type"&gt;</c> in the first 4 KB declares (the labels of
/// the WHATWG Encoding standard: iso-8859-1 and ascii mean windows-1252, gb2312 and gbk mean GB18030), else what
/// <see cref="TextDecoder"/> detects. A page declaring a charset .NET does not know is refused in one line.
/// </summary>
public static partial class HtmlTextDecoder
{
    static HtmlTextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [GeneratedRegex(@"<meta\b[^>]*?charset\s*=\s*[""']?\s*([A-Za-z0-9_\-:.]+)", RegexOptions.IgnoreCase)]
    private static partial Regex MetaCharset();

    public static string Decode(byte[] content)
    {
        if (content.Length == 0) throw new ReportReadException("the file is empty");
        bool bom = content.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])
            || content.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || content.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]);
        if (bom || Declared(content) is not { } label) return TextDecoder.DecodeText(content);
        if (label is "utf-8" or "utf8" or "unicode-1-1-utf-8" or "utf-16" or "utf-16le" or "utf-16be") return TextDecoder.DecodeText(content);
        Encoding encoding;
        try
        {
            encoding = Encoding.GetEncoding(label switch
            {
                "iso-8859-1" or "latin1" or "ascii" or "us-ascii" or "l1" or "cp1252" => "windows-1252",
                "gb2312" or "gbk" or "x-gbk" or "chinese" or "csgb2312" or "gb_2312-80" => "gb18030",
                _ => label,
            });
        }
        catch (ArgumentException) { throw new ReportReadException($"the page declares the charset '{label}', which is not supported"); }
        string text = encoding.GetString(content);
        var budgets = Budgets.Current;
        if (text.Length > budgets.MaxTextChars)
            throw Budgets.Exceeded($"the text holds {text.Length:N0} characters", nameof(budgets.MaxTextChars), budgets.MaxTextChars);
        return InvisibleCharacters.Remove(text);
    }

    private static string? Declared(byte[] content)
    {
        string head = Encoding.Latin1.GetString(content, 0, Math.Min(content.Length, 4096));
        var match = MetaCharset().Match(head);
        return match.Success ? match.Groups[1].Value.ToLowerInvariant() : null;
    }
}
