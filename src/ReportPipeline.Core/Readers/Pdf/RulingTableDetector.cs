namespace ReportPipeline.Readers.Pdf;

/// <summary>Options of <see cref="RulingTableDetector"/>.</summary>
/// <param name="FrameRows">A box holding at least this many lines, <paramref name="FrameSplitShare"/> of them split by wide
/// gaps into pieces standing in columns, is a frame round a table set without rulings (a statement's body in one box
/// under a ruled header, a page's columns of label-and-count lists in boxes), not a cell: its text is left to the
/// aligned-table and text stages.</param>
/// <param name="MaxHeaderRows">A header reaches at most this many rows down under a cell spanning them.</param>
/// <param name="BandRowShift">Lines of one row inside a ruled band stand level within this many font sizes (a number set a
/// little above its label): see <see cref="RuledBandRows"/>.</param>
/// <param name="BandBlockGap">Inside a ruled band, a step between lines of more than this many line pitches (a blank line)
/// sets blocks apart: each block opened by a label in the first column is a row (see <see cref="RuledBandRows"/>).</param>
/// <param name="SubColumnCells">With <paramref name="SubColumnShare"/>: a grid column of at least this many body cells,
/// that share of them in pieces at wide gaps, holds columns of its own; the grid is left to the aligned-table stage.</param>
internal sealed record RulingTableOptions(double Tolerance = 2.5, int MinColumns = 2, int MinRows = 2, int FrameRows = 4, double FrameSplitShare = 0.34,
    int MaxHeaderRows = 3, double BandRowShift = 0.6, int SubColumnCells = 3, double SubColumnShare = 0.67, double BandBlockGap = 1.5)
{
    public static readonly RulingTableOptions Default = new();
}

/// <summary>
/// Stage 2: tables drawn with rulings. Vertical and horizontal rulings that touch make a grid; a grid cell with no
/// ruling on its left or top joins its neighbour (a merged cell). Each glyph inside goes to its cell; the text of a
/// merged cell stands at its top-left position and the positions it covers stay empty — the form in which the shared
/// table rule recovers header spans from extracted text.
/// </summary>
internal static class RulingTableDetector
{
    public static (List<PdfTable> Tables, List<PdfGlyph> Outside) Detect(PdfPageContent page, RulingTableOptions options, PdfLineOptions lineOptions)
    {
        var tables = new List<PdfTable>();
        var remaining = page.Glyphs.ToList();
        foreach (var group in Groups(page.Rules.Where(r => r.IsVertical).ToList(), Joined(page.Rules.Where(r => r.IsHorizontal), options.Tolerance), options))
        {
            var table = Build(group.Verticals, group.Horizontals, remaining, page.Number, options, lineOptions, out var inside);
            if (table is null) continue;
            tables.Add(table);
            remaining = remaining.Except(inside).ToList();
        }
        return (tables, remaining);
    }

    /// <summary>Horizontal rulings drawn in pieces end to end (one piece per cell, broken where a vertical meets them) as one ruling each.</summary>
    public static List<PdfRule> Joined(IEnumerable<PdfRule> horizontals, double tolerance)
    {
        static double Y(PdfRule h) => (h.Top + h.Bottom) / 2;
        var joined = new List<PdfRule>();
        var level = new List<PdfRule>();
        void Flush()
        {
            foreach (var h in level.OrderBy(h => h.Left))
                if (joined.Count > 0 && joined[^1] is var last && Math.Abs(Y(last) - Y(h)) <= tolerance / 2 && h.Left - last.Right <= tolerance)
                    joined[^1] = last with { Right = Math.Max(last.Right, h.Right), Bottom = Math.Min(last.Bottom, h.Bottom), Top = Math.Max(last.Top, h.Top) };
                else joined.Add(h);
            level.Clear();
        }
        foreach (var h in horizontals.OrderBy(Y))
        {
            if (level.Count > 0 && Y(h) - Y(level[0]) > tolerance / 2) Flush();
            level.Add(h);
        }
        Flush();
        return joined;
    }

    private sealed record RuleGroup(List<PdfRule> Verticals, List<PdfRule> Horizontals);

    /// <summary>Vertical rulings that overlap in height, with the horizontal rulings between them.</summary>
    private static IEnumerable<RuleGroup> Groups(List<PdfRule> verticals, List<PdfRule> horizontals, RulingTableOptions o)
    {
        var ordered = verticals.OrderByDescending(v => v.Top).ToList();
        while (ordered.Count > 0)
        {
            var group = new List<PdfRule> { ordered[0] };
            double top = ordered[0].Top, bottom = ordered[0].Bottom;
            bool grew = true;
            while (grew)
            {
                grew = false;
                foreach (var v in ordered.Except(group).ToList())
                    if (v.Bottom <= top + o.Tolerance && v.Top >= bottom - o.Tolerance)
                    {
                        group.Add(v);
                        top = Math.Max(top, v.Top);
                        bottom = Math.Min(bottom, v.Bottom);
                        grew = true;
                    }
            }
            ordered = ordered.Except(group).ToList();
            double left = group.Min(v => v.Left), right = group.Max(v => v.Right);
            var rows = horizontals.Where(h => h.Bottom >= bottom - o.Tolerance && h.Top <= top + o.Tolerance
                                              && h.Right >= left - o.Tolerance && h.Left <= right + o.Tolerance).ToList();
            yield return new RuleGroup(group, rows);
        }
    }

    private static PdfTable? Build(List<PdfRule> verticals, List<PdfRule> horizontals, List<PdfGlyph> glyphs, int page,
        RulingTableOptions o, PdfLineOptions lineOptions, out List<PdfGlyph> inside)
    {
        inside = [];
        // Rows are cut by horizontal rulings, and where the vertical rulings break (a typesetter drawing each row's
        // separators apart, with no ruling between the rows).
        double top = verticals.Max(v => v.Top), bottom = verticals.Min(v => v.Bottom);
        var breaks = Cluster(verticals.SelectMany(v => new[] { v.Top, v.Bottom }).Where(y => y < top - o.Tolerance && y > bottom + o.Tolerance)
            .Where(y => verticals.Count(v => Math.Abs(v.Top - y) <= o.Tolerance) > 0 && verticals.Count(v => Math.Abs(v.Bottom - y) <= o.Tolerance) > 0), o.Tolerance);
        // Rulings across the table that reach past its outer verticals to text there (a table open at its sides) give its outer edges.
        double minX = verticals.Min(v => v.Left), maxX = verticals.Max(v => v.Right);
        var across = horizontals.Where(h => h.Left <= minX + o.Tolerance && h.Right >= maxX - o.Tolerance).ToList();
        bool TextBetween(double from, double to) => glyphs.Any(g => g.Left >= from && g.Right <= to && g.Baseline > bottom && g.Baseline < top && !string.IsNullOrWhiteSpace(g.Value));
        var edges = across.Count == 0 ? [] : new[] { across.Min(h => h.Left), across.Max(h => h.Right) }
            .Where(x => x < minX ? TextBetween(x, minX) : TextBetween(maxX, x)).ToArray();
        var xs = Cluster(verticals.Select(v => (v.Left + v.Right) / 2).Concat(edges), o.Tolerance);
        var ys = Cluster(horizontals.Select(h => (h.Top + h.Bottom) / 2)
            .Concat(verticals.Select(v => v.Top)).Concat(verticals.Select(v => v.Bottom)), o.Tolerance).OrderByDescending(y => y).ToList();
        if (xs.Count - 1 < o.MinColumns || ys.Count - 1 < o.MinRows) return null;
        int rows = ys.Count - 1, columns = xs.Count - 1;

        // A band without a ruling on its left (or top) belongs to the cell left of (or above) it.
        bool VerticalAt(double x, double y) => verticals.Any(v => Math.Abs((v.Left + v.Right) / 2 - x) <= o.Tolerance && v.Bottom - o.Tolerance <= y && y <= v.Top + o.Tolerance);
        // A break in the verticals cuts a column only where no vertical at its sides runs on through it (a cell two
        // rows high beside a header whose boxes are drawn row by row).
        bool RunsThrough(double x, double y) => verticals.Any(v => Math.Abs((v.Left + v.Right) / 2 - x) <= o.Tolerance && v.Bottom < y - o.Tolerance && v.Top > y + o.Tolerance);
        bool HorizontalAt(double y, int c) => horizontals.Any(h => Math.Abs((h.Top + h.Bottom) / 2 - y) <= o.Tolerance && h.Left - o.Tolerance <= (xs[c] + xs[c + 1]) / 2 && (xs[c] + xs[c + 1]) / 2 <= h.Right + o.Tolerance)
                                              || breaks.Any(b => Math.Abs(b - y) <= o.Tolerance) && !RunsThrough(xs[c], y) && !RunsThrough(xs[c + 1], y);
        var origin = new (int R, int C)[rows, columns];
        for (int r = 0; r < rows; r++)
            for (int c = 0; c < columns; c++)
            {
                double midY = (ys[r] + ys[r + 1]) / 2;
                origin[r, c] = c > 0 && !VerticalAt(xs[c], midY) ? origin[r, c - 1]
                    : r > 0 && !HorizontalAt(ys[r], c) ? origin[r - 1, c]
                    : (r, c);
            }
        Rectangular(origin);

        var cellGlyphs = new Dictionary<(int, int), List<PdfGlyph>>();
        foreach (var g in glyphs)
        {
            double cx = (g.Left + g.Right) / 2, cy = g.Baseline + g.Size * 0.3;
            int c = xs.FindLastIndex(x => x <= cx), r = ys.FindLastIndex(y => y >= cy);
            if (c < 0 || c >= columns || r < 0 || r >= rows) continue;
            inside.Add(g);
            var key = origin[r, c];
            if (!cellGlyphs.TryGetValue(key, out var list)) cellGlyphs[key] = list = [];
            list.Add(g);
        }
        if (inside.Count == 0) return null;

        var cellLines = cellGlyphs.ToDictionary(p => p.Key, p => PdfLineBuilder.Build(p.Value, page, lineOptions with { ColumnGap = 1000 }));
        // A frame is no cell: the rows it stands in leave the table, their text to the later stages.
        var frames = cellLines.Where(p => IsFrame(p.Value, cellGlyphs[p.Key], o, lineOptions)).Select(p => p.Key).ToHashSet();
        if (HoldsColumns(origin, cellLines, cellGlyphs, o, lineOptions))
        {
            inside = [];
            return null;
        }
        if (frames.Count > 0)
        {
            var dropped = Enumerable.Range(0, rows).Where(r => Enumerable.Range(0, columns).Any(c => frames.Contains(origin[r, c]))).ToHashSet();
            var gone = Enumerable.Range(0, rows).SelectMany(r => Enumerable.Range(0, columns).Select(c => origin[r, c]))
                .Where(key => dropped.Contains(key.R) || Enumerable.Range(0, rows).Any(r => dropped.Contains(r) && Enumerable.Range(0, columns).Any(c => origin[r, c] == key)))
                .ToHashSet();
            foreach (var key in gone)
            {
                if (cellGlyphs.Remove(key, out var left)) inside = inside.Except(left).ToList();
                cellLines.Remove(key);
            }
            for (int r = 0; r < rows; r++)
                for (int c = 0; c < columns; c++)
                    if (gone.Contains(origin[r, c])) origin[r, c] = (-1, -1);
            if (cellLines.Count == 0 || !Enumerable.Range(0, rows).Any(r => Enumerable.Range(0, columns).Count(c => origin[r, c] == (r, c) && cellLines.ContainsKey((r, c))) >= 2))
            {
                inside = [];
                return null;
            }
        }
        var texts = new List<IReadOnlyList<string>>();
        var kept = new List<int>();
        for (int r = 0; r < rows; r++)
        {
            var row = new List<string>();
            for (int c = 0; c < columns; c++)
                row.Add(origin[r, c] == (r, c) && cellLines.TryGetValue((r, c), out var lines) ? lines.Select(l => l.Text).Aggregate("", PdfLineBuilder.JoinWrapped) : "");
            if (row.Any(t => t.Length > 0)) { texts.Add(row); kept.Add(r); } // a band with no text is a sliver between two rulings, not a row
        }
        // Without its frames the table stands between its first and last rows left.
        var (tableTop, tableBottom) = frames.Count > 0 ? (ys[kept[0]], ys[kept[^1] + 1]) : (ys[0], ys[^1]);
        var cells = RuledBandRows.Split(Cells(origin, kept, cellLines), o.BandRowShift, o.BandBlockGap);
        if (cells.Count > 0 && cells.Max(c => c.Row + c.RowSpan) > texts.Count) texts = Texts(cells, columns);
        // The header is the first row and the rows its cells reach down into, as long as that stays a header's depth
        // (a label cell standing beside a whole nested table reaches far further).
        int header = PdfTableCandidates.HeaderRowCount(cells);
        return new PdfTable(texts, tableTop, tableBottom, page, cells, xs[0], xs[^1], header <= o.MaxHeaderRows ? header : 1);
    }

    /// <summary>
    /// Every merged cell a rectangle: a region the missing rulings join into another shape (a group title over three
    /// columns whose first column has no ruling under it, so that the title's box runs on down that column) is the
    /// rectangle of its first row and the rows under it that it fills across; each position left outside is a cell of its own.
    /// </summary>
    internal static void Rectangular((int R, int C)[,] origin)
    {
        int rows = origin.GetLength(0), columns = origin.GetLength(1);
        for (int r = 0; r < rows; r++)
            for (int c = 0; c < columns; c++)
            {
                if (origin[r, c] != (r, c)) continue;
                int right = c;
                while (right + 1 < columns && origin[r, right + 1] == (r, c)) right++;
                int bottom = r;
                while (bottom + 1 < rows && Enumerable.Range(c, right - c + 1).All(k => origin[bottom + 1, k] == (r, c))) bottom++;
                for (int rr = r; rr < rows; rr++)
                    for (int cc = 0; cc < columns; cc++)
                        if (origin[rr, cc] == (r, c) && (rr > bottom || cc < c || cc > right)) origin[rr, cc] = (rr, cc);
            }
    }

    /// <summary>The rows of cell texts, positions a cell covers left empty.</summary>
    private static List<IReadOnlyList<string>> Texts(List<PdfTableCell> cells, int columns) =>
        [.. Enumerable.Range(0, cells.Max(c => c.Row + c.RowSpan)).Select(r => (IReadOnlyList<string>)Enumerable.Range(0, columns)
            .Select(c => cells.FirstOrDefault(cell => cell.Row == r && cell.Column == c) is { } cell ? cell.Lines.Select(l => l.Text).Aggregate("", PdfLineBuilder.JoinWrapped) : "").ToList())];

    /// <summary>
    /// Whether a column of the grid holds columns of its own: most of its body cells (below the first row) fall into
    /// pieces at wide gaps (a statistical abstract rules only between groups of three figures). Such a grid is no grid of
    /// cells; its text is left to the aligned-table stage, which finds the columns inside.
    /// </summary>
    private static bool HoldsColumns((int R, int C)[,] origin, Dictionary<(int, int), List<PdfLine>> cellLines,
        Dictionary<(int, int), List<PdfGlyph>> cellGlyphs, RulingTableOptions o, PdfLineOptions lineOptions)
    {
        int rows = origin.GetLength(0), columns = origin.GetLength(1);
        for (int c = 0; c < columns; c++)
        {
            var body = Enumerable.Range(1, rows - 1).Select(r => origin[r, c]).Where(key => key.C == c && key.R > 0).Distinct()
                .Where(cellLines.ContainsKey).ToList();
            if (body.Count < o.SubColumnCells) continue;
            int split = body.Count(key => Pieces(cellLines[key], cellGlyphs[key], lineOptions).Any(p => p >= 2));
            if (split >= body.Count * o.SubColumnShare) return true;
        }
        return false;
    }

    /// <summary>A box of many lines, a share of them in pieces set apart by wide gaps (columns inside the box).</summary>
    private static bool IsFrame(List<PdfLine> lines, List<PdfGlyph> glyphs, RulingTableOptions o, PdfLineOptions lineOptions) =>
        lines.Count >= o.FrameRows && Pieces(lines, glyphs, lineOptions).Count(p => p >= 2) >= lines.Count * o.FrameSplitShare;

    /// <summary>
    /// How many pieces each line of a box falls into at gaps wider than the line stage's column gap, from the glyphs
    /// already in the box (no second line build).
    /// </summary>
    private static int[] Pieces(List<PdfLine> lines, List<PdfGlyph> glyphs, PdfLineOptions lineOptions)
    {
        var pieces = new int[lines.Count];
        var rights = new double[lines.Count];
        Array.Fill(rights, double.NaN);
        foreach (var g in glyphs.Where(g => !string.IsNullOrWhiteSpace(g.Value)).OrderBy(g => g.Left))
        {
            int i = -1;
            double best = double.MaxValue;
            for (int k = 0; k < lines.Count; k++)
                if (Math.Abs(lines[k].Baseline - g.Baseline) is var d && d < best) (best, i) = (d, k);
            if (i < 0 || best > lines[i].Size * 0.25) continue; // a raised marker stays with its line, no piece of its own
            if (double.IsNaN(rights[i]) || g.Left - rights[i] > lines[i].Size * lineOptions.ColumnGap) pieces[i]++;
            rights[i] = double.IsNaN(rights[i]) ? g.Right : Math.Max(rights[i], g.Right);
        }
        return pieces;
    }

    /// <summary>The grid's cells with their spans, counted in the rows that hold text.</summary>
    private static List<PdfTableCell> Cells((int R, int C)[,] origin, List<int> kept, Dictionary<(int, int), List<PdfLine>> lines)
    {
        int rows = origin.GetLength(0), columns = origin.GetLength(1);
        var cells = new List<PdfTableCell>();
        for (int r = 0; r < rows; r++)
            for (int c = 0; c < columns; c++)
            {
                if (origin[r, c] != (r, c)) continue;
                int colSpan = 1, rowSpan = 1;
                while (c + colSpan < columns && origin[r, c + colSpan] == (r, c)) colSpan++;
                while (r + rowSpan < rows && origin[r + rowSpan, c] == (r, c)) rowSpan++;
                var keptRows = kept.Where(k => k >= r && k < r + rowSpan).ToList();
                if (keptRows.Count == 0) continue;
                cells.Add(new PdfTableCell(kept.IndexOf(keptRows[0]), c, keptRows.Count, colSpan, lines.GetValueOrDefault((r, c)) ?? []));
            }
        return cells;
    }

    private static List<double> Cluster(IEnumerable<double> values, double tolerance)
    {
        var result = new List<double>();
        foreach (var v in values.Order())
            if (result.Count == 0 || v - result[^1] > tolerance) result.Add(v);
        return result;
    }
}
