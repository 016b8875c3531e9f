using System.Text;
using System.Xml.Linq;

namespace ReportPipeline.Formulas;

/// <summary>
/// Office Math (OMML) to MathML and to a linear TeX-like text, for the common constructs: fractions, sub- and
/// superscripts, radicals, n-ary operators, delimiters, matrices, functions, accents, bars, limits and equation
/// arrays. Anything else keeps its text (its children converted in order).
/// </summary>
public static class OmmlConverter
{
    public static readonly XNamespace M = "http://schemas.openxmlformats.org/officeDocument/2006/math";
    public static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /// <summary>The formula as a MathML <c>math</c> element (with its text form as a TeX annotation).</summary>
    public static XElement ToMathML(string omml, bool display)
    {
        var root = XElement.Parse(omml);
        var rows = Children(root).Select(ToMathML).ToList();
        return MathMLWriter.Math(rows, ToText(root), display);
    }

    /// <summary>The linear TeX-like text of a formula ("\frac{a}{b}", "x^{2}").</summary>
    public static string ToText(string omml) => ToText(XElement.Parse(omml));

    private static IEnumerable<XElement> Children(XElement e) => e.Elements().Where(c => c.Name.Namespace == M || c.Name == W + "r");

    private static XElement? Part(XElement e, string name) => e.Element(M + name);

    private static string? Property(XElement e, string properties, string name) =>
        e.Element(M + properties)?.Element(M + name)?.Attribute(M + "val")?.Value;

    private static string Content(XElement? e) => e is null ? "" : string.Concat(Children(e).Select(ToText));

    private static string Group(XElement? e) => "{" + Content(e) + "}";

    public static string ToText(XElement e) => e.Name.LocalName switch
    {
        "r" => RunText(e),
        "f" => $"\\frac{Group(Part(e, "num"))}{Group(Part(e, "den"))}",
        "sSup" => $"{Base(Part(e, "e"))}^{Group(Part(e, "sup"))}",
        "sSub" => $"{Base(Part(e, "e"))}_{Group(Part(e, "sub"))}",
        "sSubSup" => $"{Base(Part(e, "e"))}_{Group(Part(e, "sub"))}^{Group(Part(e, "sup"))}",
        "sPre" => $"{{}}_{Group(Part(e, "sub"))}^{Group(Part(e, "sup"))}{Content(Part(e, "e"))}",
        "rad" => Property(e, "radPr", "degHide") is "1" or "on" or "true" || Content(Part(e, "deg")).Length == 0
            ? $"\\sqrt{Group(Part(e, "e"))}" : $"\\sqrt[{Content(Part(e, "deg"))}]{Group(Part(e, "e"))}",
        "nary" => NaryText(e),
        "d" => DelimiterText(e),
        "m" => "\\begin{matrix}" + string.Join(" \\\\ ", e.Elements(M + "mr").Select(r => string.Join(" & ", r.Elements(M + "e").Select(Content)))) + "\\end{matrix}",
        "eqArr" => "\\begin{aligned}" + string.Join(" \\\\ ", e.Elements(M + "e").Select(Content)) + "\\end{aligned}",
        "func" => Content(Part(e, "fName")) + " " + Content(Part(e, "e")),
        "acc" => $"\\{AccentName(Property(e, "accPr", "chr") ?? "\u0302")}{Group(Part(e, "e"))}",
        "bar" => (Property(e, "barPr", "pos") == "bot" ? "\\underline" : "\\overline") + Group(Part(e, "e")),
        "limLow" => $"{Content(Part(e, "e"))}_{Group(Part(e, "lim"))}",
        "limUpp" => $"{Content(Part(e, "e"))}^{Group(Part(e, "lim"))}",
        "groupChr" => Content(Part(e, "e")),
        "rPr" or "ctrlPr" or "argPr" or "oMathParaPr" => "",
        _ when e.Name.LocalName.EndsWith("Pr", StringComparison.Ordinal) => "",
        _ => Content(e),
    };

    private static string Base(XElement? e)
    {
        string text = Content(e);
        return text.Length == 1 || text.All(char.IsLetterOrDigit) ? text : "{" + text + "}";
    }

    private static string RunText(XElement r) =>
        string.Concat(r.Elements().Where(t => t.Name == M + "t" || t.Name == W + "t").Select(t => t.Value));

    private static string NaryText(XElement e)
    {
        string op = Property(e, "naryPr", "chr") ?? "∫";
        string name = op switch { "∑" => "\\sum", "∏" => "\\prod", "∫" => "\\int", "∬" => "\\iint", "∮" => "\\oint", "⋃" => "\\bigcup", "⋂" => "\\bigcap", _ => op };
        var sb = new StringBuilder(name);
        string sub = Content(Part(e, "sub")), sup = Content(Part(e, "sup"));
        if (sub.Length > 0) sb.Append("_{").Append(sub).Append('}');
        if (sup.Length > 0) sb.Append("^{").Append(sup).Append('}');
        return sb.Append(' ').Append(Content(Part(e, "e"))).ToString();
    }

    private static (string Open, string Close, string Separator) Delimiters(XElement e) =>
        (Property(e, "dPr", "begChr") ?? "(", Property(e, "dPr", "endChr") ?? ")", Property(e, "dPr", "sepChr") ?? "|");

    private static string DelimiterText(XElement e)
    {
        var (open, close, separator) = Delimiters(e);
        static string Tex(string c) => c switch { "" => ".", "{" => "\\{", "}" => "\\}", _ => c };
        return $"\\left{Tex(open)}{string.Join(separator, e.Elements(M + "e").Select(Content))}\\right{Tex(close)}";
    }

    private static string AccentName(string accent) => accent switch
    {
        "\u0303" or "~" => "tilde", "\u0304" or "¯" => "bar", "\u20D7" or "→" => "vec", "\u0307" => "dot", "\u0308" => "ddot", _ => "hat",
    };

    private static XElement ToMathML(XElement e)
    {
        XElement Row(XElement? part) => MathMLWriter.Row(part is null ? [] : Children(part).Select(ToMathML));
        XElement Mo(string text) => new(MathMLWriter.Ns + "mo", text);
        return e.Name.LocalName switch
        {
            "r" => MathMLWriter.Row(MathMLWriter.Tokens(RunText(e))),
            "f" => new XElement(MathMLWriter.Ns + "mfrac", Row(Part(e, "num")), Row(Part(e, "den"))),
            "sSup" => new XElement(MathMLWriter.Ns + "msup", Row(Part(e, "e")), Row(Part(e, "sup"))),
            "sSub" => new XElement(MathMLWriter.Ns + "msub", Row(Part(e, "e")), Row(Part(e, "sub"))),
            "sSubSup" => new XElement(MathMLWriter.Ns + "msubsup", Row(Part(e, "e")), Row(Part(e, "sub")), Row(Part(e, "sup"))),
            "sPre" => new XElement(MathMLWriter.Ns + "mmultiscripts", Row(Part(e, "e")), new XElement(MathMLWriter.Ns + "mprescripts"), Row(Part(e, "sub")), Row(Part(e, "sup"))),
            "rad" => Content(Part(e, "deg")).Length == 0
                ? new XElement(MathMLWriter.Ns + "msqrt", Row(Part(e, "e")))
                : new XElement(MathMLWriter.Ns + "mroot", Row(Part(e, "e")), Row(Part(e, "deg"))),
            "nary" => MathMLWriter.Row([Nary(e, Mo(Property(e, "naryPr", "chr") ?? "∫"), Row(Part(e, "sub")), Row(Part(e, "sup"))), Row(Part(e, "e"))]),
            "d" => Delimited(e, Row),
            "m" => new XElement(MathMLWriter.Ns + "mtable", e.Elements(M + "mr").Select(r =>
                new XElement(MathMLWriter.Ns + "mtr", r.Elements(M + "e").Select(c => new XElement(MathMLWriter.Ns + "mtd", Row(c)))))),
            "eqArr" => new XElement(MathMLWriter.Ns + "mtable", e.Elements(M + "e").Select(c =>
                new XElement(MathMLWriter.Ns + "mtr", new XElement(MathMLWriter.Ns + "mtd", Row(c))))),
            "func" => MathMLWriter.Row([Row(Part(e, "fName")), Mo("\u2061"), Row(Part(e, "e"))]),
            "acc" => new XElement(MathMLWriter.Ns + "mover", new XAttribute("accent", "true"), Row(Part(e, "e")), Mo(Property(e, "accPr", "chr") ?? "\u0302")),
            "bar" => Property(e, "barPr", "pos") == "bot"
                ? new XElement(MathMLWriter.Ns + "munder", Row(Part(e, "e")), Mo("_"))
                : new XElement(MathMLWriter.Ns + "mover", Row(Part(e, "e")), Mo("¯")),
            "limLow" => new XElement(MathMLWriter.Ns + "munder", Row(Part(e, "e")), Row(Part(e, "lim"))),
            "limUpp" => new XElement(MathMLWriter.Ns + "mover", Row(Part(e, "e")), Row(Part(e, "lim"))),
            "groupChr" => Property(e, "groupChrPr", "pos") == "top"
                ? new XElement(MathMLWriter.Ns + "mover", Row(Part(e, "e")), Mo(Property(e, "groupChrPr", "chr") ?? "⏟"))
                : new XElement(MathMLWriter.Ns + "munder", Row(Part(e, "e")), Mo(Property(e, "groupChrPr", "chr") ?? "⏟")),
            _ when e.Name.LocalName.EndsWith("Pr", StringComparison.Ordinal) => MathMLWriter.Row([]),
            _ => MathMLWriter.Row(Children(e).Select(ToMathML)),
        };
    }

    private static XElement Nary(XElement e, XElement op, XElement sub, XElement sup)
    {
        bool under = Property(e, "naryPr", "limLoc") == "undOvr";
        bool hasSub = Content(Part(e, "sub")).Length > 0, hasSup = Content(Part(e, "sup")).Length > 0;
        string name = (hasSub, hasSup, under) switch
        {
            (false, false, _) => "",
            (true, true, true) => "munderover", (true, true, false) => "msubsup",
            (true, false, true) => "munder", (true, false, false) => "msub",
            (false, true, true) => "mover", (false, true, false) => "msup",
        };
        if (name.Length == 0) return op;
        return new XElement(MathMLWriter.Ns + name, op, hasSub ? sub : null, hasSup ? sup : null);
    }

    private static XElement Delimited(XElement e, Func<XElement?, XElement> row)
    {
        var (open, close, separator) = Delimiters(e);
        var items = new List<XElement>();
        if (open.Length > 0) items.Add(new XElement(MathMLWriter.Ns + "mo", new XAttribute("fence", "true"), open));
        bool first = true;
        foreach (var part in e.Elements(M + "e"))
        {
            if (!first) items.Add(new XElement(MathMLWriter.Ns + "mo", new XAttribute("separator", "true"), separator));
            items.Add(row(part));
            first = false;
        }
        if (close.Length > 0) items.Add(new XElement(MathMLWriter.Ns + "mo", new XAttribute("fence", "true"), close));
        return MathMLWriter.Row(items);
    }
}
