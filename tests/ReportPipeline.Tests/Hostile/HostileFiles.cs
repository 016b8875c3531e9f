using System.IO.Compression;
using System.Text;
using ReportPipeline.Pipeline;
using ReportPipeline.Tests.Support;
using ReportPipeline.Writers.Docx;

namespace ReportPipeline.Tests.Hostile;

/// <summary>
/// Builders of hostile files, made at test time (nothing large is committed): Word packages with one part replaced,
/// PDFs written object by object, deep or wide markup.
/// </summary>
public static class HostileFiles
{
    private const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private static readonly Lazy<byte[]> GoodDocx = new(() =>
        Run.Render(new DocxReportWriter(), ReportConverter.Read(Repo.Fixture("riverton-2026-budget-report.txt"))));

    /// <summary>A real Word file (ours, of a fixture) with one part's content replaced or added.</summary>
    public static byte[] DocxWith(string part, string xml) => DocxWith(part, Encoding.UTF8.GetBytes(xml));

    public static byte[] DocxWith(string part, byte[] content)
    {
        var output = new MemoryStream();
        output.Write(GoodDocx.Value);
        using (var zip = new ZipArchive(output, ZipArchiveMode.Update, leaveOpen: true))
        {
            zip.GetEntry(part)?.Delete();
            using var stream = zip.CreateEntry(part, CompressionLevel.Fastest).Open();
            stream.Write(content);
        }
        return output.ToArray();
    }

    /// <summary>A real Word file whose body shows one picture, the picture a PNG header followed by <paramref name="zeros"/> zero bytes (a few hundred KB zipped).</summary>
    public static byte[] DocxWithPicture(long zeros)
    {
        const string R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
        var output = new MemoryStream();
        output.Write(GoodDocx.Value);
        using (var zip = new ZipArchive(output, ZipArchiveMode.Update, leaveOpen: true))
        {
            void Put(string part, Action<Stream> write)
            {
                zip.GetEntry(part)?.Delete();
                using var stream = zip.CreateEntry(part, CompressionLevel.Fastest).Open();
                write(stream);
            }
            string types;
            using (var reader = new StreamReader(zip.GetEntry("[Content_Types].xml")!.Open())) types = reader.ReadToEnd();
            if (!types.Contains("Extension=\"png\"", StringComparison.Ordinal))
                types = types.Insert(types.IndexOf("<Default ", StringComparison.Ordinal), "<Default Extension=\"png\" ContentType=\"image/png\" />"); // once: a second Default for png makes the package unreadable
            Put("[Content_Types].xml", s => s.Write(Encoding.UTF8.GetBytes(types)));
            string rels;
            using (var reader = new StreamReader(zip.GetEntry("word/_rels/document.xml.rels")!.Open())) rels = reader.ReadToEnd();
            rels = rels.Replace("</Relationships>", $"<Relationship Id=\"rIdBig\" Type=\"{R}/image\" Target=\"media/big.png\"/></Relationships>");
            Put("word/_rels/document.xml.rels", s => s.Write(Encoding.UTF8.GetBytes(rels)));
            Put("word/document.xml", s => s.Write(Encoding.UTF8.GetBytes(DocumentXml(Paragraph("A picture follows.")
                + "<w:p><w:r><w:drawing><wp:inline xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\"><wp:extent cx=\"914400\" cy=\"914400\"/><wp:docPr id=\"1\" name=\"big\"/>"
                + "<a:graphic xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\"><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\">"
                + $"<pic:pic xmlns:pic=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"><pic:nvPicPr><pic:cNvPr id=\"1\" name=\"big\"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip xmlns:r=\"{R}\" r:embed=\"rIdBig\"/></pic:blipFill><pic:spPr/></pic:pic>"
                + "</a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>"))));
            Put("word/media/big.png", s =>
            {
                s.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
                var block = new byte[1 << 20];
                for (long left = zeros; left > 0; left -= block.Length) s.Write(block, 0, (int)Math.Min(left, block.Length));
            });
        }
        return output.ToArray();
    }

    /// <summary>A real Word file whose body holds <paramref name="depth"/> tables, each in the one cell of the table around it, "deep" in the innermost.</summary>
    public static byte[] DocxWithNestedTables(int depth) => DocxWith("word/document.xml", DocumentXml(Paragraph("Report") + Paragraph("Tables follow.")
        + string.Concat(Enumerable.Repeat("<w:tbl><w:tr><w:tc>" + Paragraph("cell"), depth)) + Paragraph("deep")
        + string.Concat(Enumerable.Repeat("</w:tc></w:tr></w:tbl><w:p/>", depth)) + Paragraph("End.")));

    public static string DocumentXml(string body) =>
        $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="{W}"><w:body>{body}</w:body></w:document>""";

    public static string Paragraph(string text) => $"<w:p><w:r><w:t xml:space=\"preserve\">{text}</w:t></w:r></w:p>";

    public static string BillionLaughs()
    {
        var sb = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i <= 9; i++) sb.Append($"<!ENTITY lol{i} \"{string.Concat(Enumerable.Repeat($"&lol{i - 1};", 10))}\">");
        sb.Append($"]><w:document xmlns:w=\"{W}\"><w:body>{Paragraph("&lol9;")}</w:body></w:document>");
        return sb.ToString();
    }

    /// <summary>A document.xml of about <paramref name="megabytes"/> MB of plain paragraphs.</summary>
    public static byte[] LargeDocumentXml(int megabytes)
    {
        string paragraph = Paragraph("Revenue rose in every district and spending followed it closely this year.");
        var sb = new StringBuilder(megabytes << 20);
        sb.Append($"<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"{W}\"><w:body>");
        while (sb.Length < megabytes << 20) sb.Append(paragraph);
        sb.Append("</w:body></w:document>");
        return Encoding.UTF8.GetBytes(sb.ToString());
    }

    /// <summary>A PDF of the given objects (object i+1 is objects[i]), with a correct cross-reference table.</summary>
    public static byte[] Pdf(params byte[][] objects)
    {
        var pdf = new MemoryStream();
        void Write(string s) => pdf.Write(Encoding.Latin1.GetBytes(s));
        Write("%PDF-1.4\n");
        var offsets = new List<long>();
        for (int i = 0; i < objects.Length; i++)
        {
            offsets.Add(pdf.Position);
            Write($"{i + 1} 0 obj\n");
            pdf.Write(objects[i]);
            Write("\nendobj\n");
        }
        long xref = pdf.Position;
        Write($"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets) Write($"{offset:D10} 00000 n \n");
        Write($"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return pdf.ToArray();
    }

    public static byte[] L(string s) => Encoding.Latin1.GetBytes(s);

    public static byte[] Stream(byte[] data, string extra = "") =>
        [.. L($"<< /Length {data.Length}{extra} >>\nstream\n"), .. data, .. L("\nendstream")];

    /// <summary>A one-page PDF whose page dictionary carries <paramref name="pageExtra"/> and whose contents are <paramref name="contents"/>.</summary>
    public static byte[] OnePagePdf(string contents, byte[] contentStream, string pageExtra = "") => Pdf(
        L("<< /Type /Catalog /Pages 2 0 R >>"),
        L("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"),
        L($"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents {contents} /Resources << /Font << /F1 5 0 R >> >>{pageExtra} >>"),
        contentStream,
        L("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"));

    /// <summary>
    /// A text-only PDF of <paramref name="pages"/> pages, 40 full lines each and a page number at the foot (Helvetica,
    /// no fonts embedded; as scripts/make-text-pdf.py writes it): 2,000 pages make 10 MB.
    /// </summary>
    public static byte[] TextPdf(int pages)
    {
        int font = 3 + 2 * pages;
        var objects = new List<byte[]>
        {
            L("<< /Type /Catalog /Pages 2 0 R >>"),
            L($"<< /Type /Pages /Kids [{string.Join(" ", Enumerable.Range(0, pages).Select(i => $"{3 + 2 * i} 0 R"))}] /Count {pages} >>"),
        };
        for (int i = 0; i < pages; i++)
        {
            var lines = Enumerable.Range(0, 40).Select(l =>
                $"BT /F1 11 Tf 72 {760 - 17 * l} Td (Paragraph {i}.{l}: the district spent its budget on schools, roads and care for the old.) Tj ET");
            objects.Add(L($"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents {4 + 2 * i} 0 R /Resources << /Font << /F1 {font} 0 R >> >> >>"));
            objects.Add(Stream(L(string.Join("\n", lines) + $"\nBT /F1 9 Tf 300 30 Td ({i + 1}) Tj ET")));
        }
        objects.Add(L("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"));
        return Pdf([.. objects]);
    }

    public static byte[] PageText(int lines) => L(string.Concat(Enumerable.Range(0, lines).Select(i =>
        $"BT /F1 11 Tf 72 {740 - 14 * (i % 50)} Td (Line {i} of the report states what the district spent.) Tj ET\n")));

    public static byte[] Deflate(long zeros)
    {
        var output = new MemoryStream();
        using (var zlib = new ZLibStream(output, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            var block = new byte[1 << 20];
            for (long written = 0; written < zeros; written += block.Length) zlib.Write(block);
        }
        return output.ToArray();
    }
}
