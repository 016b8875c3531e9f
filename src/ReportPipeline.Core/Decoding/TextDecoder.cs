using System.Text;

namespace ReportPipeline.Decoding;

/// <summary>
/// Turns the bytes of a plain-text report into lines. Detects UTF-8 (with or without BOM), UTF-16 with BOM
/// and GB18030 (a superset of GBK and GB2312); normalises CRLF and CR line ends.
/// </summary>
public static class TextDecoder
{
    static TextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static IReadOnlyList<SourceLine> Decode(ReadOnlySpan<byte> bytes) => SplitLines(DecodeText(bytes));

    public static string DecodeText(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty) throw new ReportReadException("the file is empty");
        string text = Detect(bytes) switch
        {
            DetectedEncoding.Utf8Bom => Strict(new UTF8Encoding(false, true), bytes[3..]),
            DetectedEncoding.Utf16LittleEndian => Strict(new UnicodeEncoding(false, false, true), bytes[2..]),
            DetectedEncoding.Utf16BigEndian => Strict(new UnicodeEncoding(true, false, true), bytes[2..]),
            DetectedEncoding.Utf8 => Strict(new UTF8Encoding(false, true), bytes),
            DetectedEncoding.Gb18030 => Strict(Encoding.GetEncoding(54936, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback), bytes),
            _ => throw new ReportReadException(LegacySingleByte(bytes) is { } name
                ? $"the text seems to be in {name}, a legacy encoding; save it as UTF-8"
                : "the text is neither UTF-8, UTF-16 nor GB18030/GBK; save it as UTF-8"),
        };
        var budgets = Budgets.Current;
        if (text.Length > budgets.MaxTextChars)
            throw Budgets.Exceeded($"the text holds {text.Length:N0} characters", nameof(budgets.MaxTextChars), budgets.MaxTextChars);
        text = RemoveControlCharacters(text);
        if (string.IsNullOrWhiteSpace(text)) throw new ReportReadException("the file holds no text");
        return text;
    }

    /// <summary>
    /// A form feed (a page break in text extracted from PDF) becomes a line break; other control characters and
    /// invisible formatting characters are dropped (<see cref="InvisibleCharacters"/>), and text with more than a
    /// few control characters is binary, not a report.
    /// </summary>
    private static string RemoveControlCharacters(string text)
    {
        int controls = text.Count(c => char.IsControl(c) && c is not ('\t' or '\n' or '\r' or '\f'));
        if (controls * 100 > text.Length) throw new ReportReadException("the file holds binary data, not text");
        return InvisibleCharacters.Remove(text).Replace('\f', '\n');
    }

    public static IReadOnlyList<SourceLine> SplitLines(string text)
    {
        var lines = new List<SourceLine>();
        int number = 1, start = 0;
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] != '\r' && text[i] != '\n') continue;
            lines.Add(new SourceLine(text[start..i], number++));
            if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
            start = i + 1;
        }
        if (start < text.Length) lines.Add(new SourceLine(text[start..], number));
        return lines;
    }

    private enum DetectedEncoding { Utf8Bom, Utf16LittleEndian, Utf16BigEndian, Utf8, Gb18030, Unknown }

    private static DetectedEncoding Detect(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) return DetectedEncoding.Utf8Bom;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return DetectedEncoding.Utf16LittleEndian;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return DetectedEncoding.Utf16BigEndian;
        if (Utf8IsValid(bytes)) return DetectedEncoding.Utf8;
        if (Gb18030IsValid(bytes)) return LegacySingleByte(bytes) is null ? DetectedEncoding.Gb18030 : DetectedEncoding.Unknown;
        return DetectedEncoding.Unknown;
    }

    /// <summary>
    /// A single-byte legacy encoding (windows-1252, ISO 8859-x, KOI8-R…) a real detector (UTF.Unknown) finds in text that
    /// is not UTF-8: "Münster Übersicht" in windows-1252 is also well-formed GB18030 ("M黱ster"), so structure alone
    /// cannot tell; null when the detector sees GB18030/GBK or nothing it is sure of.
    /// </summary>
    private static string? LegacySingleByte(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes.Length > 1 << 20 ? bytes[..(1 << 20)] : bytes;
        var detected = UtfUnknown.CharsetDetector.DetectFromBytes(sample.ToArray()).Detected;
        if (detected?.Encoding is not { } encoding || detected.Confidence < 0.5) return null;
        return encoding.IsSingleByte ? detected.EncodingName : null;
    }

    private static bool Utf8IsValid(ReadOnlySpan<byte> bytes) => System.Text.Unicode.Utf8.IsValid(bytes);

    /// <summary>GB18030 structure: ASCII, two-byte 81–FE + 40–7E/80–FE, four-byte 81–FE 30–39 81–FE 30–39.</summary>
    private static bool Gb18030IsValid(ReadOnlySpan<byte> b)
    {
        int i = 0, multiByte = 0;
        while (i < b.Length)
        {
            byte x = b[i];
            if (x < 0x80) { i++; continue; }
            if (x == 0x80 || x == 0xFF || i + 1 >= b.Length) return false;
            byte y = b[i + 1];
            if (y is >= 0x40 and <= 0xFE and not 0x7F) { i += 2; multiByte++; continue; }
            if (y is >= 0x30 and <= 0x39 && i + 3 < b.Length
                && b[i + 2] is >= 0x81 and <= 0xFE && b[i + 3] is >= 0x30 and <= 0x39) { i += 4; multiByte++; continue; }
            return false;
        }
        return multiByte > 0;
    }

    private static string Strict(Encoding encoding, ReadOnlySpan<byte> bytes)
    {
        try { return encoding.GetString(bytes); }
        catch (DecoderFallbackException e)
        {
            throw new ReportReadException($"the text is not valid {encoding.WebName} (bad byte at offset {e.Index})", e);
        }
    }
}
