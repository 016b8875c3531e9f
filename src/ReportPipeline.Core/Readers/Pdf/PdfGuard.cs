using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using ReportPipeline.Decoding;

namespace ReportPipeline.Readers.Pdf;

/// <summary>
/// Checks a PDF's budgets before PdfPig parses it, by scanning its bytes: every Flate stream is inflated (and
/// discarded) up to <see cref="Budgets.MaxPdfStreamBytes"/>, the streams together up to
/// <see cref="Budgets.MaxPdfContentBytes"/>, and every array of references (a page's /Contents above all) counts each
/// stream it names as often as it names it, so a page naming one stream 100,000 times is refused in a second instead
/// of decoded 100,000 times. Page dictionaries kept in object streams are scanned too. A stream that does not inflate
/// is left for the parser to judge.
/// </summary>
internal static partial class PdfGuard
{
    [GeneratedRegex(@"(\d+)\s+\d+\s+obj\b")]
    private static partial Regex ObjectHeader();

    [GeneratedRegex(@"\[(?:\s*\d+\s+\d+\s+R)+\s*\]")]
    private static partial Regex ReferenceArray();

    [GeneratedRegex(@"(\d+)\s+\d+\s+R")]
    private static partial Regex Reference();

    public static void Check(byte[] content, Budgets budgets)
    {
        string text = Encoding.Latin1.GetString(content);
        var sizes = new Dictionary<int, long>();
        var objectStreams = new List<string>();
        long total = 0;
        int at = 0;
        while ((at = text.IndexOf("stream", at, StringComparison.Ordinal)) >= 0)
        {
            int keyword = at;
            at += 6;
            if (keyword >= 3 && text.AsSpan(keyword - 3, 3).SequenceEqual("end")) continue;
            int data = at;
            if (data < text.Length && text[data] == '\r') data++;
            if (data < text.Length && text[data] == '\n') data++;
            else if (data == at) continue;
            int headerStart = text.LastIndexOf(" obj", keyword, Math.Min(keyword, 4096), StringComparison.Ordinal);
            string dictionary = headerStart < 0 ? "" : text[headerStart..keyword];
            int? number = headerStart < 0 ? null : NumberBefore(text, headerStart + 4);
            bool keep = dictionary.Contains("/ObjStm", StringComparison.Ordinal);
            long size = Inflate(content, data, budgets, keep, out string? inflated);
            if (size < 0)
            {
                int end = text.IndexOf("endstream", data, StringComparison.Ordinal);
                size = end < 0 ? 0 : end - data;
            }
            total += size;
            if (total > budgets.MaxPdfContentBytes)
                throw Budgets.Exceeded("the PDF's streams inflate to more bytes than a report holds", nameof(budgets.MaxPdfContentBytes), budgets.MaxPdfContentBytes);
            if (number is int n) sizes[n] = size;
            if (inflated is not null) objectStreams.Add(inflated);
        }
        foreach (var source in objectStreams.Prepend(text))
            foreach (Match array in ReferenceArray().Matches(source))
            {
                long named = 0;
                foreach (Match reference in Reference().Matches(array.Value))
                    if (int.TryParse(reference.Groups[1].ValueSpan, out int n) && sizes.TryGetValue(n, out long size))
                        named += size;
                if (named > budgets.MaxPdfContentBytes)
                    throw Budgets.Exceeded("a page's contents name streams that together inflate to more bytes than a report holds",
                        nameof(budgets.MaxPdfContentBytes), budgets.MaxPdfContentBytes);
            }
    }

    /// <summary>The object number of "N G obj" ending just before <paramref name="end"/>.</summary>
    private static int? NumberBefore(string text, int end)
    {
        int start = Math.Max(0, end - 40);
        var match = ObjectHeader().Matches(text[start..end]).LastOrDefault();
        return match is not null && int.TryParse(match.Groups[1].ValueSpan, out int n) ? n : null;
    }

    /// <summary>Inflated size of a zlib stream starting at <paramref name="data"/>, or -1 when it is not one.</summary>
    private static long Inflate(byte[] content, int data, Budgets budgets, bool keep, out string? inflated)
    {
        inflated = null;
        if (data + 2 > content.Length || content[data] != 0x78 || ((content[data] << 8) | content[data + 1]) % 31 != 0) return -1;
        var kept = keep ? new MemoryStream() : null;
        long size = 0;
        var buffer = new byte[81920];
        try
        {
            using var zlib = new ZLibStream(new MemoryStream(content, data, content.Length - data, writable: false), CompressionMode.Decompress);
            while (zlib.Read(buffer) is > 0 and var n)
            {
                size += n;
                if (size > budgets.MaxPdfStreamBytes)
                    throw Budgets.Exceeded("a PDF stream inflates to more bytes than a report holds", nameof(budgets.MaxPdfStreamBytes), budgets.MaxPdfStreamBytes);
                kept?.Write(buffer, 0, n);
            }
        }
        catch (InvalidDataException) { }
        if (kept is not null) inflated = Encoding.Latin1.GetString(kept.GetBuffer(), 0, (int)kept.Length);
        return size;
    }
}
