using System.Text.RegularExpressions;

namespace ReportPipeline.Readers.Pdf;

/// <summary>Options of <see cref="AlignedTableDetector"/>.</summary>
/// <param name="MinRows">A table has at least this many rows holding numbers.</param>
/// <param name="MinColumns">… and at least this many columns (the row labels count as one).</param>
/// <param name="AlignShare">Right edges within this many font sizes of each other stand in one column.</param>
/// <param name="RowGapRatio">Rows further apart than this many font sizes end a table.</param>
/// <param name="MaxHeaderRows">At most this many rows of text above the first row of numbers are its header (lines of titles wrapped
/// under one another, <paramref name="HeaderLinePitch"/> apart, count as one row).</param>
/// <param name="MaxHeaderCellLength">A header cell holds at most this many characters, the title over the labels twice as
/// many (a longer one is a line of text).</param>
/// <param name="HeaderLinePitch">Header lines at most this many font sizes apart are titles wrapped over lines, one row.</param>
/// <param name="BesideSizeRatio">A line whose size differs from the table's by more than this ratio, standing wholly left
/// or right of the table's columns, is text set beside the table (a body column next to it): it is no row or cell of the
/// table and does not end it.</param>
internal sealed record AlignedTableOptions(int MinRows = 3, int MinColumns = 2, double AlignShare = 0.8, double RowGapRatio = 4.5, int MaxHeaderRows = 3,
    int MaxHeaderCellLength = 20, double HeaderLinePitch = 1.5, double BesideSizeRatio = 1.1)
{
    public static readonly AlignedTableOptions Default = new();
}

/// <summary>
/// Stage 3b: tables drawn without rulings, as financial statements and statistics set them: rows of numbers whose right
/// edges line up under one another, a label at the left of each row, and a header above (years, or column titles, one
/// of which may stand centred over several columns). Found before the reading order, so that the gaps between number
/// columns are never taken for column gutters, and so that no number of a table becomes a heading or a note.
/// </summary>
internal static partial class AlignedTableDetector
{
    [GeneratedRegex(@"^[-+−–(（△▲]?[¥$€£]?[\d０-９][\d０-９,，]*([.．][\d０-９]+)?[%％]?[)）]?[A-Za-z]?$|^[-—–―]{1,2}$|^\d+(\.\d+)?(%|倍|x)$|^[(（]\d[\d,]*(\.\d+)?[–—−-]\d[\d,]*(\.\d+)?[)）]$")]
    private static partial Regex Number();

    /// <summary>A line wholly in brackets, or a unit line: the unit of the figures under it ("(Per cent)", "单位：万元").</summary>
    [GeneratedRegex(@"^[(（\[［][^()（）]*[)）\]］]$|^[（(]?\s*(计量)?[单単]位\s*[：:]|^[（(]?\s*Units?\s*[：:]")]
    private static partial Regex UnitNote();

    /// <summary>A year as a column title: "2020", "2021E", "2023A".</summary>
    [GeneratedRegex(@"^(19|20)\d\d[A-Z]?$")]
    private static partial Regex Year();

    /// <summary>
    /// A figure: a number with its sign, currency, per cent or footnote letter, a dash for none, or an interval in round
    /// brackets ("(102.7–103.6)", a confidence interval set as a column of its own). A range in square brackets ("[4.0-10.0]",
    /// a reference range set flush left as text) is no figure.
    /// </summary>
    public static bool IsNumber(string text) => Number().IsMatch(text.Trim());

    /// <summary>A number standing as a figure: not a year ("2020") nor a column's number in brackets ("(3)").</summary>
    private static bool IsFigure(PdfLine cell) =>
        IsNumber(cell.Text) && !Year().IsMatch(cell.Text.Trim()) && !ColumnNumber().IsMatch(cell.Text.Trim());

    [GeneratedRegex(@"^[(（]\d+[)）]$")]
    private static partial Regex ColumnNumber();

    private sealed record Row(List<PdfLine> Cells, List<PdfLine> Originals, double Baseline, double Size);

    public static (List<PdfTable> Tables, List<PdfLine> Text) Detect(List<PdfLine> lines, int page, AlignedTableOptions options)
    {
        var rows = Rows(lines, options.BesideSizeRatio);
        var tables = new List<PdfTable>();
        var used = new HashSet<PdfLine>();
        int i = 0;
        while (i < rows.Count)
        {
            if (!IsDataRow(rows[i])) { i++; continue; }
            // The table's rows, in order; rows of text set beside it (a body column in another size) are passed over.
            var side = new TableSide(rows[i], options.BesideSizeRatio);
            var members = new List<int> { i };
            bool Near(int r) => rows[members[^1]].Baseline - rows[r].Baseline <= rows[r].Size * options.RowGapRatio;
            int end = i + 1;
            while (end < rows.Count)
            {
                if (side.Beside(rows[end])) { end++; continue; }
                if (!Near(end)) break;
                if (IsDataRow(rows[end])) { side.Widen(rows[end]); members.Add(end++); continue; }
                // A row label without numbers (a group title, a label wrapped onto two lines) inside the table.
                var labels = new List<int>();
                int next = end;
                while (next < rows.Count && labels.Count < 2 && (side.Beside(rows[next]) || !IsDataRow(rows[next]) && Near(next) && rows[next].Cells.Count == 1))
                {
                    if (!side.Beside(rows[next])) labels.Add(next);
                    next++;
                }
                if (labels.Count == 0 || next >= rows.Count || !IsDataRow(rows[next]) || !Near(next)) break;
                members.AddRange(labels);
                side.Widen(rows[next]);
                members.Add(next);
                end = next + 1;
            }
            if (members.Count(m => IsDataRow(rows[m])) >= options.MinRows && Build(rows, members, side, page, options, used) is { } built)
            {
                tables.Add(built.Table);
                foreach (var row in built.Rows) used.UnionWith(row.Source);
            }
            i = end;
        }
        return (tables, lines.Where(l => !used.Contains(l)).ToList());
    }

    /// <summary>
    /// Where a table stands across the page as its rows are gathered, and its type size: a row in another size standing
    /// wholly left or right of it is text set beside the table.
    /// </summary>
    private sealed class TableSide(Row first, double sizeRatio)
    {
        private double left = first.Cells.Min(c => c.Left), right = first.Cells.Max(c => c.Right);

        public void Widen(Row row)
        {
            left = Math.Min(left, row.Cells.Min(c => c.Left));
            right = Math.Max(right, row.Cells.Max(c => c.Right));
        }

        public bool Beside(Row row) =>
            !SameSize(row.Size, first.Size, sizeRatio) && row.Cells.All(c => c.Left >= right || c.Right <= left);
    }

    private static bool SameSize(double a, double b, double ratio) => Math.Max(a, b) <= Math.Min(a, b) * ratio;

    /// <summary>
    /// Lines on one baseline, left to right, in one size (a line of another size on the same baseline, as a body column set
    /// beside a table in smaller type, is a row of its own).
    /// </summary>
    private static List<Row> Rows(List<PdfLine> lines, double sizeRatio)
    {
        var rows = new List<Row>();
        foreach (var original in lines.OrderByDescending(l => l.Baseline).ThenBy(l => l.Left))
        {
            var line = Visible(original);
            bool On(Row row) => Math.Abs(row.Baseline - line.Baseline) <= Math.Min(row.Size, line.Size) * 0.4;
            var row = rows.AsEnumerable().Reverse().TakeWhile(On).FirstOrDefault(r => SameSize(r.Size, line.Size, sizeRatio));
            if (row is not null)
            {
                row.Cells.Add(line);
                row.Originals.Add(original);
            }
            else
                rows.Add(new Row([line], [original], line.Baseline, line.Size));
        }
        foreach (var row in rows) row.Cells.Sort((a, b) => a.Left.CompareTo(b.Left));
        return rows;
    }

    /// <summary>
    /// A line whose box runs far past its text (drawn trailing spaces, a stretched blank) is cut to the width its
    /// characters take: a full-width character one font size, any other half of one.
    /// </summary>
    private static PdfLine Visible(PdfLine line)
    {
        double width = line.Text.Sum(c => Structure.CjkText.IsWide(c) ? line.Size : line.Size * 0.55);
        return line.Right - line.Left > width * 1.5 + line.Size ? line with { Right = line.Left + width } : line;
    }

    private static bool IsDataRow(Row row) =>
        row.Cells.Count + row.Cells.Sum(c => Tokens(c).Count - 1) >= 2 && row.Cells.Any(c => Tokens(c).Any(t => IsNumber(t.Text)));

    /// <summary>
    /// A line cut at its spaces where every piece is a number ("878 727"): each number is a cell of its own; so is each
    /// number after a label's dot leaders ("Total . . . . 11,062.6 1,540.0"), the label and its leaders one cell.
    /// </summary>
    private static List<PdfLine> Tokens(PdfLine line)
    {
        var pieces = Piece().Matches(line.Text).Select(m => new Part(m.Value, [m.Index])).ToList();
        int leaders = pieces.FindLastIndex(p => p.Text.All(c => c is '.' or '．' or '·' or '…'));
        if (leaders >= 1 && pieces.Take(leaders + 1).Sum(p => p.Text.Count(c => c is '.' or '．' or '·' or '…')) >= 3 && leaders + 1 < pieces.Count)
        {
            var numbers = DecimalsJoined(pieces.Skip(leaders + 1).ToList());
            if (numbers.All(p => IsNumber(p.Text)))
            {
                int end = pieces[leaders].Starts[0] + pieces[leaders].Text.Length;
                var label = new Part(line.Text[..end], [0]);
                return Cut(line, [label, .. numbers]);
            }
        }
        var parts = DecimalsJoined(pieces);
        if (!parts.All(p => IsNumber(p.Text)) || parts.Count == 1 && parts[0].Text == line.Text.Trim()) return [line];
        return Cut(line, parts);
    }

    /// <summary>The line's parts as lines of their own, each where its characters stand.</summary>
    private static List<PdfLine> Cut(PdfLine line, List<Part> parts)
    {
        double perChar = (line.Right - line.Left) / Math.Max(1, line.Text.Length);
        var styles = line.Styles is { } s && s.Count == line.Text.Length ? s : null;
        return [.. parts.Select(part =>
        {
            int start = part.Starts[0], end = part.Starts[^1] + LastPieceLength(part);
            return line with
            {
                Text = part.Text, Left = line.Left + start * perChar, Right = line.Left + end * perChar,
                Styles = styles is null ? null : part.Starts.SelectMany((from, i) => styles.Skip(from).Take(PieceLength(part, i))).ToList(),
            };
        })];
    }

    [GeneratedRegex(@"\S+")]
    private static partial Regex Piece();

    /// <summary>A run of text and where each of its pieces starts in the line (a joined number has two).</summary>
    private sealed record Part(string Text, List<int> Starts, List<int>? Lengths = null);

    private static int PieceLength(Part part, int i) => part.Lengths?[i] ?? part.Text.Length;

    private static int LastPieceLength(Part part) => PieceLength(part, part.Starts.Count - 1);

    /// <summary>
    /// A decimal fraction drawn apart from its whole part ("11,062 .6", a gap before the point) is one number with it.
    /// </summary>
    private static List<Part> DecimalsJoined(List<Part> parts)
    {
        var joined = new List<Part>();
        foreach (var part in parts)
            if (joined.Count > 0 && DecimalFraction().IsMatch(part.Text) && joined[^1] is var whole && IsNumber(whole.Text)
                && !whole.Text.Contains('.') && char.IsDigit(whole.Text[^1]))
                joined[^1] = new Part(whole.Text + part.Text, [.. whole.Starts, part.Starts[0]],
                    [.. whole.Starts.Select((_, i) => PieceLength(whole, i)), part.Text.Length]);
            else joined.Add(part);
        return joined;
    }

    [GeneratedRegex(@"^[.．]\d+[%％]?$")]
    private static partial Regex DecimalFraction();

    private sealed record BuiltRow(List<PdfLine> Cells, List<PdfLine> Source);

    private static (PdfTable Table, List<BuiltRow> Rows)? Build(List<Row> rows, List<int> members, TableSide side, int page, AlignedTableOptions o, HashSet<PdfLine> taken)
    {
        int start = members[0];
        var data = WrappedLabelsJoined(members.Select(m => rows[m]).Select(r => new BuiltRow(r.Cells.SelectMany(Tokens).ToList(), r.Originals)).ToList());
        double size = rows[start].Size, tolerance = size * o.AlignShare;
        // Columns: clusters of the right edges of numbers that recur in the rows.
        var anchors = new List<(double Right, double Left, int Count)>();
        foreach (var cell in data.SelectMany(r => r.Cells).Where(c => IsNumber(c.Text)).OrderBy(c => c.Right))
        {
            if (anchors.Count > 0 && cell.Right - anchors[^1].Right <= tolerance)
                anchors[^1] = (Math.Max(anchors[^1].Right, cell.Right), Math.Min(anchors[^1].Left, cell.Left), anchors[^1].Count + 1);
            else
                anchors.Add((cell.Right, cell.Left, 1));
        }
        anchors = anchors.Where(a => a.Count >= Math.Max(2, data.Count / 3)).ToList();
        if (anchors.Count == 0) return null;
        bool labels = data.Any(r => r.Cells.Any(c => c.Right < anchors[0].Left - tolerance && !IsNumber(c.Text)));
        int columns = anchors.Count + (labels ? 1 : 0);
        if (columns < o.MinColumns) return null;

        int ColumnOf(PdfLine cell)
        {
            // A row's label, its dot leaders running up to the first figures, stands in the label column.
            if (labels && cell.Left < anchors[0].Left - tolerance && !IsNumber(cell.Text)) return 0;
            for (int a = 0; a < anchors.Count; a++)
                if (cell.Right <= anchors[a].Right + tolerance && (a == 0 ? cell.Right >= anchors[0].Left - tolerance : cell.Right > anchors[a - 1].Right + tolerance))
                    return a + (labels ? 1 : 0);
            return labels && cell.Right < anchors[0].Left ? 0 : -1;
        }
        // Rows whose cells do not fall into the columns end the table there.
        int kept = data.FindIndex(r => r.Cells.Any(c => ColumnOf(c) < 0));
        if (kept >= 0) data = data.Take(kept).ToList();
        if (data.Count(r => r.Cells.Any(c => IsNumber(c.Text))) < o.MinRows) return null;

        // Header rows: rows of short text right above, whose cells stand over the columns.
        var header = new List<BuiltRow>();
        var stub = new List<BuiltRow>(); // lines of the title over the row labels, wrapped beside the column titles
        BuiltRow? groupLabel = null;
        double top = rows[start].Baseline;
        int headerRows = 0; // lines of titles wrapped under one another count as one row
        for (int r = start - 1; r >= 0; r--)
        {
            var row = rows[r];
            if (side.Beside(row)) continue;
            // A line another table holds is never this one's header: the tables stand one under the other.
            if (row.Originals.Any(taken.Contains)) break;
            // Nor is a row of figures left out of a table (too few rows to make one): only years and numbers in brackets title columns.
            if (row.Cells.SelectMany(Tokens).Any(IsFigure)) break;
            if (row.Baseline - top > row.Size * o.RowGapRatio) break;
            // A label alone right over the first figures ("Caste/tribe") may open the body as the title of its first group
            // of rows: it does if header rows stand over it.
            if (header.Count == 0 && groupLabel is null && row.Cells is [var label] && label.Right < anchors[0].Left - tolerance
                && label.Text.Length <= o.MaxHeaderCellLength * 2)
            {
                groupLabel = new BuiltRow(row.Cells, row.Originals);
                top = row.Baseline;
                continue;
            }
            // A label alone over the row labels, close over a header row, set flush with the label title in it and reaching no
            // further than the first figures, is a line of that title ("Age group" over "(yrs)"); a lead line over a table
            // with no label title ("World Production Capacity:") is not.
            if (header.Count > 0 && row.Cells is [var stubLine] && row.Baseline - top <= size * o.HeaderLinePitch && stubLine.Text.Length <= o.MaxHeaderCellLength * 2
                && stubLine.Right < anchors[0].Right - tolerance && header[^1].Cells.Any(c => c.Right < anchors[0].Left && Math.Abs(c.Left - stubLine.Left) <= tolerance))
            {
                stub.Insert(0, new BuiltRow(row.Cells, row.Originals));
                top = row.Baseline;
                continue;
            }
            // Titles of neighbouring columns that the line builder read as one line are one title per column.
            bool groups = IsGroupRow(row.Cells, anchors, tolerance);
            var titles = row.Cells.Count >= 2 && !groups ? row.Cells.SelectMany(c => TitlesOverColumns(c, anchors, tolerance, lowest: header.Count == 0 && !WrappedUnder(rows, r, c, side, size * o.HeaderLinePitch))).ToList()
                : row.Cells;
            // One cell alone is a header only over the number columns (a title centred over them), not a line of text.
            bool overColumns = titles.Count == 1 && titles[0].Left >= anchors[0].Left - tolerance;
            // A title over a group of columns may be as long as the group's column titles together.
            int share = groups ? Math.Max(1, anchors.Count / titles.Count) : 1;
            if (titles.Count < 2 && !overColumns || titles.Any(c => c.Text.Length > o.MaxHeaderCellLength * (c.Right < anchors[0].Left - tolerance ? 2 : share))) break;
            if (titles.Any(c => c.Right > anchors[^1].Right + tolerance * 4)) break;
            if (titles is [var only] && UnitNote().IsMatch(only.Text.Trim())) break; // "(Per cent)" over the figures: their unit, no title
            if (header.Count == 0 || row.Baseline - top > size * o.HeaderLinePitch)
            {
                if (headerRows == o.MaxHeaderRows) break;
                headerRows++;
            }
            header.Insert(0, new BuiltRow(titles, row.Originals));
            top = row.Baseline;
        }
        if (groupLabel is not null && header.Count > 0) data.Insert(0, groupLabel);
        // Lines of titles wrapped under one another are one header row; a row of group titles over several columns is its own.
        var lineOf = new Dictionary<PdfLine, int>();
        header = WrappedHeaderJoined(header, cells => IsGroupRow(cells, anchors, tolerance), size * o.HeaderLinePitch, lineOf);
        if (stub.Count > 0 && header.Count > 0)
        {
            // The title over the labels reads from its first line down, before the lowest header row's own label line.
            var stubCells = stub.SelectMany(s => s.Cells).ToList();
            for (int k = 0; k < stubCells.Count; k++) lineOf[stubCells[k]] = k - stubCells.Count;
            header[^1] = new BuiltRow([.. stubCells, .. header[^1].Cells], [.. stub.SelectMany(s => s.Source), .. header[^1].Source]);
        }
        // A first data row of years without a label is a header row too.
        while (data.Count > o.MinRows && data[0].Cells.All(c => Year().IsMatch(c.Text)) && data[0].Cells.Count > 1)
        {
            header.Add(data[0]);
            data.RemoveAt(0);
        }

        var cells = new List<PdfTableCell>();
        var texts = new List<IReadOnlyList<string>>();
        var all = header.Concat(data).ToList();
        for (int r = 0; r < all.Count; r++)
        {
            var rowTexts = new string[columns];
            var spans = r < header.Count && IsGroupRow(all[r].Cells, anchors, tolerance) ? GroupSpans(all[r].Cells, anchors, labels) : null;
            foreach (var group in all[r].Cells.GroupBy(c => r < header.Count ? spans?.GetValueOrDefault(c) ?? HeaderColumn(c, anchors, labels, tolerance) : (ColumnOf(c), 1)))
            {
                var (column, span) = group.Key;
                if (column < 0) continue;
                var read = group.OrderBy(c => lineOf.GetValueOrDefault(c)).ThenBy(c => c.Left).ToList();
                cells.Add(new PdfTableCell(r, column, 1, Math.Min(span, columns - column), read));
                rowTexts[column] = string.Join(" ", read.Select(c => c.Text));
            }
            texts.Add(rowTexts.Select(t => t ?? "").ToList());
        }
        cells = cells.GroupBy(c => (c.Row, c.Column)).Select(g => g.First() with { Lines = g.SelectMany(c => c.Lines).ToList() }).ToList();
        cells = WithEmptyCells(cells, all.Count, columns);
        var lines = all.SelectMany(r => r.Source).ToList();
        var table = new PdfTable(texts, lines.Max(l => l.Baseline + l.Size), lines.Min(l => l.Baseline - l.Size * 0.3), page, cells,
            lines.Min(l => l.Left), lines.Max(l => l.Right), header.Count);
        return (table, all);
    }

    /// <summary>
    /// An empty cell at every place of the grid no cell covers, so that a row's cells stand in their columns (a group title
    /// over the middle columns, a figure missing mid-row) and not one after another from the left.
    /// </summary>
    private static List<PdfTableCell> WithEmptyCells(List<PdfTableCell> cells, int rows, int columns)
    {
        var covered = new HashSet<(int, int)>(cells.SelectMany(c => Enumerable.Range(c.Column, c.ColumnSpan).Select(k => (c.Row, k))));
        var empty = from r in Enumerable.Range(0, rows) from k in Enumerable.Range(0, columns) where !covered.Contains((r, k)) select new PdfTableCell(r, k, 1, 1, []);
        return [.. cells.Concat(empty).OrderBy(c => c.Row).ThenBy(c => c.Column)];
    }

    /// <summary>
    /// Header lines standing at most <paramref name="pitch"/> apart, the upper not a row of group titles (each over several
    /// columns), are one header row of titles wrapped over lines; <paramref name="lineOf"/> gets each cell's line in its row.
    /// </summary>
    private static List<BuiltRow> WrappedHeaderJoined(List<BuiltRow> header, Func<List<PdfLine>, bool> groupRow, double pitch, Dictionary<PdfLine, int> lineOf)
    {
        var joined = new List<BuiltRow>();
        var lines = new List<int>();
        foreach (var row in header)
        {
            if (joined.Count > 0 && joined[^1].Cells.Min(c => c.Baseline) - row.Cells.Max(c => c.Baseline) <= pitch
                && !groupRow(joined[^1].Cells))
            {
                lines[^1]++;
                foreach (var cell in row.Cells) lineOf[cell] = lines[^1];
                joined[^1] = new BuiltRow([.. joined[^1].Cells, .. row.Cells], [.. joined[^1].Source, .. row.Source]);
                continue;
            }
            joined.Add(row);
            lines.Add(0);
        }
        return joined;
    }

    /// <summary>
    /// A row of group titles: two or more titles, all over the number columns (nothing over the labels), fewer than half
    /// the number columns, each at least two columns from the next (a title over each group of columns), not the upper
    /// lines of titles wrapped side by side.
    /// </summary>
    private static bool IsGroupRow(List<PdfLine> cells, List<(double Right, double Left, int Count)> anchors, double tolerance)
    {
        if (cells.Count < 2 || cells.Count * 2 > anchors.Count || anchors.Count < 2 || cells.Any(c => c.Left < anchors[0].Left - tolerance)) return false;
        var pitches = anchors.Zip(anchors.Skip(1), (a, b) => b.Right - a.Right).Order().ToList();
        double pitch = pitches[pitches.Count / 2];
        var centres = cells.Select(c => (c.Left + c.Right) / 2).Order().ToList();
        return centres.Zip(centres.Skip(1), (a, b) => b - a).All(d => d >= pitch * 2);
    }

    /// <summary>
    /// A row holding only a label, whose next row's label goes on in lower case ("Murder and nonnegligent" over
    /// "manslaughter . . . 10.0"), is that label wrapped: one row.
    /// </summary>
    private static List<BuiltRow> WrappedLabelsJoined(List<BuiltRow> rows)
    {
        var joined = new List<BuiltRow>(rows.Count);
        for (int i = 0; i < rows.Count; i++)
        {
            if (i + 1 < rows.Count && rows[i].Cells is [var label] && !IsNumber(label.Text) && rows[i + 1].Cells is [var next, ..]
                && !IsNumber(next.Text) && next.Text.Length > 0 && char.IsLower(next.Text[0]) && next.Left < label.Right)
            {
                string text = PdfLineBuilder.JoinWrapped(label.Text, next.Text);
                var styles = label.Styles is { } a && next.Styles is { } b && a.Count == label.Text.Length && b.Count == next.Text.Length
                    ? text.Length == a.Count + b.Count ? [.. a, .. b] : text.Length == a.Count + b.Count + 1 ? [.. a, PdfCharStyle.None, .. b] : null
                    : (List<PdfCharStyle>?)null;
                var merged = next with { Text = text, Left = Math.Min(label.Left, next.Left), Right = Math.Max(label.Right, next.Right), Styles = styles };
                rows[i + 1] = new BuiltRow([merged, .. rows[i + 1].Cells.Skip(1)], [.. rows[i].Source, .. rows[i + 1].Source]);
                continue;
            }
            joined.Add(rows[i]);
        }
        return joined;
    }

    /// <summary>
    /// A header line standing over two or more number columns with as many words as columns ("method method
    /// sterilization", the last lines of four wrapped titles set close) is one word over each column, in order. In the row
    /// right over the figures (<paramref name="lowest"/>), where every column has its own title, a line over several
    /// columns with a space over each gap between them is cut there, one title per column ("Rate (95% CI)"). Any other
    /// line stays whole.
    /// </summary>
    private static List<PdfLine> TitlesOverColumns(PdfLine line, List<(double Right, double Left, int Count)> anchors, double tolerance, bool lowest)
    {
        var words = Piece().Matches(line.Text).Select(m => new Part(m.Value, [m.Index])).ToList();
        var under = anchors.Where(a => a.Left >= line.Left - tolerance && a.Right <= line.Right + tolerance).ToList();
        if (words.Count < 2 || under.Count < 2) return [line];
        // Each word takes its column's place: where a word of proportional type ends within the line is not known.
        if (words.Count == under.Count) return [.. Cut(line, words).Select((word, i) => word with { Left = under[i].Left, Right = under[i].Right })];
        if (!lowest || words.Count < under.Count) return [line];
        // The space nearest the middle of each gap between two columns, where the characters' mean width puts it.
        double perChar = (line.Right - line.Left) / line.Text.Length;
        var cuts = new List<int>();
        for (int a = 0; a + 1 < under.Count; a++)
        {
            double from = under[a].Right - tolerance, to = under[a + 1].Left + tolerance, middle = (under[a].Right + under[a + 1].Left) / 2;
            var spaces = words.Skip(1).Select(w => w.Starts[0] - 1).Where(i => line.Left + (i + 0.5) * perChar is var x && x >= from && x <= to).ToList();
            if (spaces.Count == 0) return [line];
            cuts.Add(spaces.MinBy(i => Math.Abs(line.Left + (i + 0.5) * perChar - middle)));
        }
        var parts = new List<Part>();
        int start = 0;
        foreach (int cut in cuts.Append(line.Text.Length))
        {
            string text = line.Text[start..cut];
            int lead = text.Length - text.TrimStart().Length;
            parts.Add(new Part(text.Trim(), [start + lead]));
            start = cut + 1;
        }
        return parts.Any(p => p.Text.Length == 0) ? [line] : Cut(line, parts);
    }

    /// <summary>Whether a line of the row above, close over it (<paramref name="pitch"/>), stands over the same place: the cell is a wrapped title's last line.</summary>
    private static bool WrappedUnder(List<Row> rows, int r, PdfLine cell, TableSide side, double pitch)
    {
        int above = r - 1;
        while (above >= 0 && side.Beside(rows[above])) above--;
        return above >= 0 && rows[above].Baseline - rows[r].Baseline <= pitch
            && rows[above].Cells.Any(c => Math.Min(c.Right, cell.Right) > Math.Max(c.Left, cell.Left));
    }

    /// <summary>
    /// The columns each title of a row of group titles stands over: every number column goes to the title whose centre is
    /// nearest its own, and a title keeps those no further on one side of its centre than a column's pitch beyond the
    /// furthest on the other (a title is centred over its group; columns off to one side belong to no group).
    /// </summary>
    private static Dictionary<PdfLine, (int Column, int Span)> GroupSpans(List<PdfLine> titles, List<(double Right, double Left, int Count)> anchors, bool labels)
    {
        static double Centre(double left, double right) => (left + right) / 2;
        double pitch = anchors.Zip(anchors.Skip(1), (a, b) => b.Right - a.Right).Order().ElementAt((anchors.Count - 1) / 2);
        var spans = new Dictionary<PdfLine, (int, int)>();
        foreach (var title in titles)
        {
            double centre = Centre(title.Left, title.Right);
            var mine = Enumerable.Range(0, anchors.Count)
                .Where(a => titles.MinBy(t => Math.Abs(Centre(t.Left, t.Right) - Centre(anchors[a].Left, anchors[a].Right))) == title).ToList();
            if (mine.Count == 0) continue;
            double Offset(int a) => Centre(anchors[a].Left, anchors[a].Right) - centre;
            double left = mine.Select(a => -Offset(a)).Where(d => d > 0).DefaultIfEmpty(0).Max();
            double right = mine.Select(Offset).Where(d => d > 0).DefaultIfEmpty(0).Max();
            mine = mine.Where(a => Offset(a) > 0 ? Offset(a) <= left + pitch : -Offset(a) <= right + pitch).ToList();
            // Only a run of neighbouring columns is a group.
            if (mine.Count > 0 && mine[^1] - mine[0] + 1 == mine.Count) spans[title] = (mine[0] + (labels ? 1 : 0), mine.Count);
        }
        return spans;
    }

    /// <summary>The column a header cell stands over, and how many columns it spans (a title centred over several).</summary>
    private static (int Column, int Span) HeaderColumn(PdfLine cell, List<(double Right, double Left, int Count)> anchors, bool labels, double tolerance)
    {
        // The columns whose middle the cell covers; a cell centred in the gap between two columns stands over both.
        double centre = (cell.Left + cell.Right) / 2;
        var covered = Enumerable.Range(0, anchors.Count)
            .Where(a => (anchors[a].Left + anchors[a].Right) / 2 is var mid && mid >= cell.Left - tolerance && mid <= cell.Right + tolerance
                        || a + 1 < anchors.Count && centre > anchors[a].Right && centre < anchors[a + 1].Left
                        || a > 0 && centre > anchors[a - 1].Right && centre < anchors[a].Left)
            .ToList();
        if (covered.Count == 0)
        {
            if (labels && cell.Right < anchors[0].Left) return (0, 1);
            int nearest = Enumerable.Range(0, anchors.Count).MinBy(a => Math.Abs(anchors[a].Right - cell.Right));
            return (nearest + (labels ? 1 : 0), 1);
        }
        return (covered[0] + (labels ? 1 : 0), covered[^1] - covered[0] + 1);
    }
}
