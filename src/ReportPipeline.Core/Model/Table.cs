namespace ReportPipeline.Model;

/// <summary>
/// A table. Cells carry their spans and no placeholder cells stand in for covered positions;
/// <see cref="TableGrid"/> gives writers the rectangular grid.
/// </summary>
public sealed record Table(
    ValueList<Inline> Caption,
    ValueList<TableRow> Header,
    ValueList<TableRow> Body,
    SourceSpan Source) : Block(Source);

public sealed record TableRow(ValueList<TableCell> Cells);

public sealed record TableCell(ValueList<Inline> Content, int RowSpan = 1, int ColumnSpan = 1);
