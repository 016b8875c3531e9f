using System.Text.RegularExpressions;
using AngleSharp.Dom;
using ReportPipeline.Structure.Conventions;

namespace ReportPipeline.Readers.Html;

/// <summary>
/// The furniture a site puts inside and around an article, told by its words (<see cref="WebFurniture"/>, with the
/// few a page's elements add: the neighbours "上一篇：/下一篇：", "我要纠错", "正常" between 放大 and 缩小, English tool names): a block made only of
/// page tools ("【打印本页】【关闭窗口】", "字体：大 中 小", "Print | Share"), the editor's and related-links lines
/// ("（责任编辑：…）"), the breadcrumb ("当前位置：首页 > …") and "扫一扫在手机打开当前页". Such a block is left out of the
/// body; a paragraph that merely mentions printing stays, and a block of symbols alone (a formula) is never furniture.
/// </summary>
internal static partial class HtmlWebFurniture
{
    /// <summary>Blocks longer than this (letters) are never furniture: page tools are a few words.</summary>
    public const int MaximumLetters = 60;

    /// <summary>Elements with more children than this are containers, never a row of tools (and are not read for it).</summary>
    public const int MaximumChildren = 24;

    private static readonly HashSet<string> PageTools = new(StringComparer.OrdinalIgnoreCase)
    {
        "我要纠错", "纠错", "正常", "print", "share", "close", "email", "e-mail", "tweet", "top",
    };

    [GeneratedRegex(@"^(上一篇|下一篇)\s*[:：]|^扫一扫")]
    private static partial Regex Neighbours();

    [GeneratedRegex(@"[\s\p{P}\p{S}]+")]
    private static partial Regex Separators();

    public static bool IsFurniture(IElement element)
    {
        if (element.TagName is "TABLE" or "IMG" or "FIGURE" or "H1" or "H2" or "MATH" || element.QuerySelector("math, table, figure") is not null) return false;
        if (element.Children.Length > MaximumChildren) return false; // a container, not a row of tools
        string text = element.TextContent.Trim();
        if (text.Length == 0 || text.Count(char.IsLetterOrDigit) > MaximumLetters) return false;
        return IsFurnitureText(text);
    }

    public static bool IsFurnitureText(string text)
    {
        if (!text.Any(char.IsLetter)) return false; // symbols alone are content (a formula, a rule), not tools
        string line = text.Trim().TrimStart('【', '[', '（', '(', '〖').Trim();
        if (WebFurniture.IsRelatedLine(line) || WebFurniture.IsBreadcrumb(line) || Neighbours().IsMatch(line)) return true;
        return Separators().Split(text).Where(w => w.Length > 0).All(IsTool);
    }

    private static bool IsTool(string word) =>
        WebFurniture.Tools.Contains(word) || WebFurniture.Tools.Contains(word + "：") || PageTools.Contains(word);
}
