using System.Globalization;

namespace ReportPipeline.Model;

/// <summary>A rectangle on a page, in points from the page's bottom-left corner.</summary>
public sealed record PageBox(double Left, double Bottom, double Right, double Top)
{
    public PageBox Union(PageBox other) =>
        new(Math.Min(Left, other.Left), Math.Min(Bottom, other.Bottom), Math.Max(Right, other.Right), Math.Max(Top, other.Top));

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"[{Left:0},{Bottom:0},{Right:0},{Top:0}]");
}
