using ReportPipeline.Languages;
using ReportPipeline.Model;

namespace ReportPipeline.Alignment;

/// <summary>
/// Aligns two editions of one report, structure first: the title block line by line, sections by the numbers
/// of their headings (一、 ↔ I., （一） ↔ (1)), notes by number, tables by order and shape; then the paragraphs
/// and list items inside each pair of sections by length (<see cref="LengthAligner"/>, with the length ratio
/// learnt from the paired headings); then, when asked, the sentences inside each paragraph pair.
/// A section of one edition without a counterpart is reported as a gap and its content as unpaired.
/// </summary>
public static class EditionAligner
{
    /// <exception cref="EditionMismatchException">Both editions are in the same language.</exception>
    public static EditionAlignment Align(ReportDocument original, ReportDocument translation, AlignmentOptions? options = null)
    {
        options ??= AlignmentOptions.Default;
        string a = original.Metadata.Language, b = translation.Metadata.Language;
        if (LanguageTags.SameFamily(a, b))
            throw new EditionMismatchException($"both editions are in {a}: align needs an original and its translation in another language");

        var left = EditionSection.Split(original);
        var right = EditionSection.Split(translation);
        var sectionPairs = PairSections(left, right);
        double ratio = LearnRatio(sectionPairs, left, right, original, translation, options);
        var lengths = new LengthAligner(options, ratio);

        var rows = new List<AlignedPair>();
        rows.AddRange(TitleRows(original.Metadata, translation.Metadata, lengths));
        var gaps = new List<string>();
        foreach (var (i, j) in sectionPairs)
        {
            var l = i is { } x ? left[x] : null;
            var r = j is { } y ? right[y] : null;
            if (l?.Heading is not null || r?.Heading is not null)
                rows.Add(new AlignedPair(UnitKind.Heading, HeadingUnits(l), HeadingUnits(r), l is not null && r is not null ? 1 : 0));
            if (l is null || r is null)
            {
                var only = (l ?? r)!;
                gaps.Add($"{(l is null ? "translation" : "original")} section \"{only.Name}\" ({only.Heading?.Source}) has no counterpart in the {(l is null ? "original" : "translation")}");
            }
            rows.AddRange(BodyRows(l, r, lengths, options));
        }
        rows.AddRange(NoteRows(original, translation));
        return new EditionAlignment(original, translation, rows, ratio, gaps);
    }

    /// <summary>Sections paired in order by a weighted longest common subsequence of their heading numbers; the opening text always pairs.</summary>
    private static List<(int? Left, int? Right)> PairSections(List<EditionSection> left, List<EditionSection> right)
    {
        int n = left.Count - 1, m = right.Count - 1;
        var score = new double[n + 1, m + 1];
        for (int i = 1; i <= n; i++)
            for (int j = 1; j <= m; j++)
            {
                double match = left[i].Match(right[j]);
                score[i, j] = Math.Max(Math.Max(score[i - 1, j], score[i, j - 1]), match > 0 ? score[i - 1, j - 1] + match : double.NegativeInfinity);
            }
        var pairs = new List<(int?, int?)>();
        for (int i = n, j = m; i > 0 || j > 0;)
        {
            if (i > 0 && j > 0 && left[i].Match(right[j]) is > 0 and var match && score[i, j] == score[i - 1, j - 1] + match)
            { pairs.Add((i, j)); i--; j--; }
            else if (i > 0 && (j == 0 || score[i, j] == score[i - 1, j])) { pairs.Add((i, null)); i--; }
            else { pairs.Add((null, j)); j--; }
        }
        pairs.Add((0, 0));
        pairs.Reverse();
        return pairs;
    }

    /// <summary>
    /// Translation letters per original letter over what structure already paired: the titles of the paired
    /// headings (numbers left out) and the notes paired by number.
    /// </summary>
    private static double LearnRatio(List<(int? Left, int? Right)> pairs, List<EditionSection> left, List<EditionSection> right,
        ReportDocument original, ReportDocument translation, AlignmentOptions options)
    {
        var titles = pairs.Where(p => p is { Left: > 0, Right: > 0 })
            .Select(p => (A: Letters(left[p.Left!.Value].Heading!.Title), B: Letters(right[p.Right!.Value].Heading!.Title))).ToList();
        if (titles.Count < options.MinimumHeadingsToLearnRatio) return options.DefaultLengthRatio;
        var notes = original.FootnotesInReadingOrder().Zip(translation.FootnotesInReadingOrder(), (x, y) => (A: Letters(x.Content), B: Letters(y.Content)));
        var all = titles.Concat(notes).ToList();
        int a = all.Sum(t => t.A), b = all.Sum(t => t.B);
        return a > 0 && b > 0 ? (double)b / a : options.DefaultLengthRatio;
    }

    private static int Letters(ValueList<Inline> inlines) => inlines.PlainText().Count(char.IsLetterOrDigit);

    private static IReadOnlyList<AlignedUnit> HeadingUnits(EditionSection? section) =>
        section?.Heading is { } h ? [new AlignedUnit(UnitKind.Heading, section.Name, h.Source, section.Name) { Block = h, Content = h.Title }] : [];

    private static IEnumerable<AlignedPair> TitleRows(Metadata a, Metadata b, LengthAligner lengths)
    {
        foreach (var (kind, x, y) in new[] { (UnitKind.Title, a.Title, b.Title), (UnitKind.Subtitle, a.Subtitle, b.Subtitle), (UnitKind.Author, a.Author, b.Author) })
        {
            if (x is null && y is null) continue;
            AlignedUnit[] Unit(string? text) => text is null ? [] : [new AlignedUnit(kind, text, null, "") { Content = [new Text(text)] }];
            yield return new AlignedPair(kind, Unit(x), Unit(y), x is not null && y is not null ? 1 : 0);
        }
    }

    private static IEnumerable<AlignedPair> NoteRows(ReportDocument original, ReportDocument translation)
    {
        var a = original.FootnotesInReadingOrder();
        var b = translation.FootnotesInReadingOrder();
        for (int k = 0; k < Math.Max(a.Count, b.Count); k++)
        {
            IReadOnlyList<AlignedUnit> Unit(IReadOnlyList<Footnote> notes) => k < notes.Count
                ? [new AlignedUnit(UnitKind.Note, notes[k].Content.PlainText(), notes[k].Source, $"note {k + 1}") { Content = notes[k].Content, FootnoteId = notes[k].Id }]
                : [];
            var (x, y) = (Unit(a), Unit(b));
            yield return new AlignedPair(UnitKind.Note, x, y, x.Count > 0 && y.Count > 0 ? 1 : 0);
        }
    }

    private static IEnumerable<AlignedPair> BodyRows(EditionSection? left, EditionSection? right, LengthAligner lengths, AlignmentOptions options)
    {
        var a = left is null ? [] : TextUnits(left);
        var b = right is null ? [] : TextUnits(right);
        var tablesA = left?.Body.OfType<Table>().ToList() ?? [];
        var tablesB = right?.Body.OfType<Table>().ToList() ?? [];

        // Rows are placed where their original stands in the section; a translation-only row follows the row before it.
        var placed = new List<(double Position, AlignedPair Row)>();
        double last = -1;
        foreach (var step in lengths.Align(a.Select(u => u.Unit.Length).ToList(), b.Select(u => u.Unit.Length).ToList()))
        {
            var x = a.Skip(step.OriginalStart).Take(step.OriginalCount).ToList();
            var y = b.Skip(step.TranslationStart).Take(step.TranslationCount).ToList();
            double position = x.Count > 0 ? x[0].Position : last + 0.001;
            last = position;
            var kind = (x.Count > 0 ? x[0] : y[0]).Unit.Kind;
            var row = new AlignedPair(kind, x.Select(u => u.Unit).ToList(), y.Select(u => u.Unit).ToList(), step.Confidence);
            if (options.Sentences && row.IsPaired) row = row with { Sentences = SentenceRows(row, lengths) };
            placed.Add((position, row));
        }
        foreach (var (x, y) in PairTables(tablesA, tablesB))
        {
            double position = x is not null ? left!.Body.IndexOf(x) : last + 0.001;
            placed.Add((position, TableRow(x, y, left, right)));
        }
        return placed.OrderBy(p => p.Position).Select(p => p.Row);
    }

    private static List<(AlignedUnit Unit, double Position)> TextUnits(EditionSection section)
    {
        var units = new List<(AlignedUnit, double)>();
        for (int k = 0; k < section.Body.Count; k++)
        {
            switch (section.Body[k])
            {
                case Paragraph p:
                    units.Add((new AlignedUnit(UnitKind.Paragraph, p.Lead.PlainText() + p.Content.PlainText(), p.Source, section.Name) { Block = p }, k));
                    break;
                case ListBlock l:
                    for (int item = 0; item < l.Items.Count; item++)
                        units.Add((new AlignedUnit(UnitKind.ListItem, l.Items[item].Content.PlainText(), l.Source, section.Name) { Content = l.Items[item].Content }, k + item * 0.01));
                    break;
            }
        }
        return units;
    }

    /// <summary>Tables pair in order while their column counts agree; a table without a counterpart is left unpaired.</summary>
    private static IEnumerable<(Table? Left, Table? Right)> PairTables(List<Table> left, List<Table> right)
    {
        int i = 0, j = 0;
        while (i < left.Count || j < right.Count)
        {
            if (i < left.Count && j < right.Count && Columns(left[i]) == Columns(right[j])) yield return (left[i++], right[j++]);
            else if (i < left.Count && (j >= right.Count || right.Skip(j).All(t => Columns(t) != Columns(left[i])))) yield return (left[i++], null);
            else yield return (null, right[j++]);
        }
    }

    private static int Columns(Table table) => TableGrid.ColumnCountOf(table);

    private static AlignedPair TableRow(Table? x, Table? y, EditionSection? left, EditionSection? right)
    {
        IReadOnlyList<AlignedUnit> Unit(Table? t, EditionSection? s) => t is null ? []
            : [new AlignedUnit(UnitKind.Table, t.Caption.PlainText(), t.Source, s!.Name) { Block = t, Content = t.Caption }];
        bool sameShape = x is not null && y is not null && x.Header.Count + x.Body.Count == y.Header.Count + y.Body.Count;
        var row = new AlignedPair(UnitKind.Table, Unit(x, left), Unit(y, right), x is null || y is null ? 0 : sameShape ? 1 : 0.5);
        return x is null || y is null ? row : row with { Sentences = CellRows(x, y, left!.Name, right!.Name) };
    }

    /// <summary>Caption and the cells that hold words, pair by position when the two grids have the same shape.</summary>
    private static List<AlignedPair> CellRows(Table x, Table y, string leftSection, string rightSection)
    {
        var rows = new List<AlignedPair>();
        if (!x.Caption.IsEmpty && !y.Caption.IsEmpty)
            rows.Add(new AlignedPair(UnitKind.Caption,
                [new AlignedUnit(UnitKind.Caption, x.Caption.PlainText(), x.Source, leftSection) { Content = x.Caption }],
                [new AlignedUnit(UnitKind.Caption, y.Caption.PlainText(), y.Source, rightSection) { Content = y.Caption }], 1));
        var cellsX = x.Header.Concat(x.Body).ToList();
        var cellsY = y.Header.Concat(y.Body).ToList();
        if (cellsX.Count != cellsY.Count) return rows;
        for (int r = 0; r < cellsX.Count; r++)
        {
            if (cellsX[r].Cells.Count != cellsY[r].Cells.Count) continue;
            for (int c = 0; c < cellsX[r].Cells.Count; c++)
            {
                string p = cellsX[r].Cells[c].Content.PlainText(), q = cellsY[r].Cells[c].Content.PlainText();
                if (!HasWords(p) || !HasWords(q)) continue;
                rows.Add(new AlignedPair(UnitKind.Cell,
                    [new AlignedUnit(UnitKind.Cell, p, x.Source, leftSection) { Content = cellsX[r].Cells[c].Content }],
                    [new AlignedUnit(UnitKind.Cell, q, y.Source, rightSection) { Content = cellsY[r].Cells[c].Content }], 1));
            }
        }
        return rows;
    }

    private static bool HasWords(string text) => !Scripts.ScriptDetector.Count(text).IsEmpty;

    private static List<AlignedPair> SentenceRows(AlignedPair pair, LengthAligner lengths)
    {
        var a = pair.Original.SelectMany(u => SentenceSplitter.Split(u.Text).Select(s => u with { Kind = UnitKind.Sentence, Text = s, Block = null, Content = [new Text(s)] })).ToList();
        var b = pair.Translation.SelectMany(u => SentenceSplitter.Split(u.Text).Select(s => u with { Kind = UnitKind.Sentence, Text = s, Block = null, Content = [new Text(s)] })).ToList();
        return lengths.Align(a.Select(u => u.Length).ToList(), b.Select(u => u.Length).ToList())
            .Select(s => new AlignedPair(UnitKind.Sentence, a.GetRange(s.OriginalStart, s.OriginalCount), b.GetRange(s.TranslationStart, s.TranslationCount), s.Confidence))
            .ToList();
    }
}
