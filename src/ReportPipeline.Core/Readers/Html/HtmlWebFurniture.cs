using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace ReportPipeline.Readers.Html;

/// <summary>
/// The furniture a site puts around an article, told by its words: a block made only of page tools ("打印本页",
/// "关闭窗口", "分享到", "字体：大 中 小", "Print", "Share"), the editor's line ("责任编辑：…"), the breadcrumb
/// ("当前位置：首页 > …"), the neighbours ("上一篇：…", "下一篇：…") and "扫一扫在手机打开当前页". Such a block is left out
/// of the body; nothing else is (a paragraph that merely mentions printing stays).
/// </summary>
internal static partial class HtmlWebFurniture
{
    /// <summary>Blocks longer than this (letters) are never furniture: page tools are a few words.</summary>
    public const int MaximumLetters = 60;

    private static readonly string[] Tools =
    [
        "打印本页", "打印此页", "打印页面", "打印", "关闭窗口", "关闭本页", "关闭页面", "关闭", "分享到", "分享", "收藏本页", "收藏",
        "字体", "字号", "放大", "正常", "缩小", "默认", "大", "中", "小", "返回顶部", "返回", "我要纠错", "纠错", "浏览次数", "阅读次数",
        "微信", "微博", "QQ空间", "QQ", "保存", "TOP", "print", "share", "close", "back to top", "font size", "email", "tweet",
    ];

    [GeneratedRegex(@"^((责任编辑|责编|编辑|当前位置|您当前的位置|您的位置|上一篇|下一篇)\s*[:：]|扫一扫)")]
    private static partial Regex FurnitureLine();

    [GeneratedRegex(@"[\s\p{P}\p{S}]+")]
    private static partial Regex Separators();

    public static bool IsFurniture(IElement element)
    {
        if (element.TagName is "TABLE" or "IMG" or "FIGURE" or "H1" or "H2" or "MATH" || element.QuerySelector("math, table, figure") is not null) return false;
        string text = element.TextContent.Trim();
        if (text.Length == 0 || text.Count(char.IsLetterOrDigit) > MaximumLetters) return false;
        return IsFurnitureText(text);
    }

    public static bool IsFurnitureText(string text)
    {
        if (!text.Any(char.IsLetter)) return false; // symbols alone are content (a formula, a rule), not tools
        string stripped = text.Trim().TrimStart('【', '[', '（', '(', '〖').Trim();
        if (FurnitureLine().IsMatch(stripped)) return true;
        string rest = Separators().Replace(text, " ");
        foreach (var tool in Tools) rest = Regex.Replace(rest, Regex.Escape(tool), " ", RegexOptions.IgnoreCase);
        return rest.Trim().Length == 0;
    }
}
