namespace ReportPipeline.Structure;

/// <summary>
/// Whether a short run of Han characters can be a person's name: it opens with a common Chinese surname (single or
/// compound) and is two to four characters long. A section label of the same length ("主要观点") opens with none.
/// </summary>
internal static class ChineseNames
{
    /// <summary>The commonest single-character surnames, covering the great majority of people.</summary>
    private const string Single =
        "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖萧田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝";

    private static readonly string[] Compound = ["欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒", "夏侯", "令狐", "端木", "呼延"];

    public static bool IsName(string text)
    {
        string t = string.Concat(text.Where(c => !char.IsWhiteSpace(c) && c != '·'));
        if (t.Length is < 2 or > 4 || !t.All(CjkText.IsHan)) return false;
        return Single.Contains(t[0]) || Compound.Any(c => t.StartsWith(c, StringComparison.Ordinal) && t.Length > 2);
    }
}
