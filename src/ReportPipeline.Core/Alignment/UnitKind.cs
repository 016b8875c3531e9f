namespace ReportPipeline.Alignment;

/// <summary>What an aligned unit is in its edition.</summary>
public enum UnitKind { Title, Subtitle, Author, Heading, Paragraph, ListItem, Table, Caption, Cell, Note, Sentence }
