namespace ReportPipeline.Model;

/// <summary>
/// A formula, kept as its source wrote it plus a text form for outputs without math markup. Named Formula rather than
/// Math so it does not hide <see cref="System.Math"/>.
/// </summary>
/// <param name="Notation">What <paramref name="Source"/> is written in.</param>
/// <param name="Source">The original markup: an OMML <c>m:oMath</c> element, a MathML <c>math</c> element, or TeX.</param>
/// <param name="Text">A linear, TeX-like form ("\frac{a}{b}", "x^{2}") that Markdown's <c>$…$</c> and plain outputs use.</param>
/// <param name="Display">Set apart on its own line (Word's oMathPara, MathML display="block", <c>$$…$$</c>).</param>
public sealed record Formula(FormulaNotation Notation, string Source, string Text, bool Display = false) : Inline;

public enum FormulaNotation { Omml, MathML, TeX }
