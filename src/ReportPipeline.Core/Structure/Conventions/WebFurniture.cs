using System.Text.RegularExpressions;

namespace ReportPipeline.Structure.Conventions;

/// <summary>
/// What a government site prints around a report, and a scraped text keeps: the page's tools ("下载", "打印", "【字号：大
/// 中 小】"), the way there ("您当前所在位置：首页>…"), the article's particulars ("来源：", "发布日期：", "访问量：", "索 引 号："
/// with its value), a photo credit, related links ("相关报道：", "相关解读："), and the site's foot ("扫一扫在手机打开当前页",
/// "网站地图", "版权所有", ICP numbers) or a licence box. Data only; <see cref="WebFurnitureRule"/> decides where it applies.
/// </summary>
public static partial class WebFurniture
{
    /// <summary>The page's tools and site-wide links, each a line of its own.</summary>
    public static readonly IReadOnlySet<string> Tools = new HashSet<string>(StringComparer.Ordinal)
    {
        "下载", "打印", "全屏", "收藏", "分享", "分享到", "分享到：", "关闭", "关闭窗口", "关闭本页", "返回顶部", "返回", "【", "】", "[", "]",
        "字号", "字号：", "【字号：", "【字体：", "字体：", "加大", "还原", "减小", "大", "中", "小", "默认", "打印本页", "打印正文",
        "网站无障碍", "无障碍", "关怀版", "网站无障碍关怀版", "繁體版", "繁体版", "简体版", "English", "网站首页", "首页", "网站地图", "联系我们",
        "X", "✖", "×", "[]", "放大", "缩小", "微信", "微博", "QQ空间", "扫一扫", "视力保护色", "手机版",
    };

    [GeneratedRegex(@"^(来源|稿源|信息来源|发布时间|发布日期|时间|日期|发文日期|生成日期|成文日期|作者|编辑|责任编辑|责编|审核|校对|访问量|浏览次数|浏览量|点击数|阅读次数|索\s*引\s*号|发布机构|责任部门|文\s*号|发文字号|公开方式|公开时限|公开范围|主题分类|分类|关联稿件|相关报道|相关链接|相关文章|相关新闻|相关解读|图文解读|政策解读|延伸阅读|【?打印本页】?|【?关闭窗口】?)\s*[：:]")]
    private static partial Regex LabelPattern();

    /// <summary>A line that opens with a label of the article's particulars or related links ("来源：", "访问量：199").</summary>
    public static bool IsLabelLine(string line) => LabelPattern().IsMatch(line.Trim());

    /// <summary>A label with nothing after it ("索 引 号：", "关联稿件："): its value is the next line.</summary>
    public static bool IsBareLabel(string line)
    {
        string t = line.Trim();
        return IsLabelLine(t) && LabelPattern().Match(t).Length == t.Length;
    }

    [GeneratedRegex(@"^(相关报道|相关链接|相关文章|相关新闻|相关解读|图文解读|政策解读|延伸阅读|责任编辑|责编)\s*[：:]")]
    private static partial Regex RelatedPattern();

    /// <summary>A related-links or editor line ("相关报道：", "责任编辑：张三"): furniture wherever it stands.</summary>
    public static bool IsRelatedLine(string line) => RelatedPattern().IsMatch(line.Trim());

    [GeneratedRegex(@"(您|你)?(当前|现在)?(所在)?的?位置\s*[：:]|^(首页|网站首页)\s*[>＞»]")]
    private static partial Regex BreadcrumbPattern();

    /// <summary>The way to the page ("您当前所在位置：首页>政务公开>…"): everything above it is the site's banner.</summary>
    public static bool IsBreadcrumb(string line) => BreadcrumbPattern().IsMatch(line.Trim());

    [GeneratedRegex(@"(记者|通讯员|摄影|摄像)\s*[\p{IsCJKUnifiedIdeographs}·]{2,}\s*摄?$|\s[\p{IsCJKUnifiedIdeographs}·]{2,4}\s*摄$")]
    private static partial Regex PhotoCreditPattern();

    /// <summary>A photo's caption with its credit ("殷勇同志作政府工作报告。本报记者 戴冰摄").</summary>
    public static bool IsPhotoCredit(string line) => PhotoCreditPattern().IsMatch(line.Trim());

    [GeneratedRegex(@"扫一扫|在手机(上)?打开|返回顶部|关闭本页|关闭窗口|网站地图|联系我们|版权所有|Copyright|©|ICP备|ICP证|公网安备|网站标识码|技术支持\s*[：:]|主办\s*[：:]|承办\s*[：:]|属于公有领域|Public domain|即将离开")]
    private static partial Regex FootPattern();

    /// <summary>A line of the site's foot or of a licence box: from it on, short lines are furniture to the end.</summary>
    public static bool IsFoot(string line) => FootPattern().IsMatch(line);

    /// <summary>A tool, a label line or a photo credit: furniture wherever it stands in the page's head or foot.</summary>
    public static bool IsFurnitureLine(string line)
    {
        string t = line.Trim();
        return Tools.Contains(t) || IsToolRow(t) || IsLabelLine(t) || IsPhotoCredit(t);
    }

    /// <summary>A row of tools on one line ("【字号：大 中 小】", "下载 打印 全屏"): every word of it is a tool.</summary>
    private static bool IsToolRow(string line)
    {
        var words = line.Split([' ', '\u3000', '|', '｜', '【', '】', '[', ']'], StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 1 && words.All(w => Tools.Contains(w) || Tools.Contains(w.TrimEnd('：', ':')));
    }
}
