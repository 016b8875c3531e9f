namespace ReportPipeline.Alignment;

/// <summary>
/// Aligns two runs of units by length, in the spirit of Gale and Church (1993): a translation's length is about
/// <c>ratio</c> times its original's, with a variance growing with the length; a dynamic programme picks the
/// cheapest sequence of 1:1, 1:2, 2:1, 1:0 and 0:1 steps, each step costing its prior and its length mismatch.
/// </summary>
public sealed class LengthAligner(AlignmentOptions options, double ratio)
{
    /// <summary>One step: how many units of each side it takes, from where, and how well their lengths agree (0–1).</summary>
    public readonly record struct Step(int OriginalStart, int OriginalCount, int TranslationStart, int TranslationCount, double Confidence);

    private static readonly (int A, int B)[] Moves = [(1, 1), (1, 0), (0, 1), (2, 1), (1, 2)];

    public IReadOnlyList<Step> Align(IReadOnlyList<int> original, IReadOnlyList<int> translation)
    {
        int n = original.Count, m = translation.Count;
        var cost = new double[n + 1, m + 1];
        var move = new int[n + 1, m + 1];
        for (int i = 0; i <= n; i++)
            for (int j = 0; j <= m; j++)
            {
                if (i == 0 && j == 0) continue;
                cost[i, j] = double.PositiveInfinity;
                for (int k = 0; k < Moves.Length; k++)
                {
                    var (da, db) = Moves[k];
                    if (i < da || j < db || double.IsPositiveInfinity(cost[i - da, j - db])) continue;
                    double c = cost[i - da, j - db] + StepCost(k, Sum(original, i - da, da), Sum(translation, j - db, db));
                    if (c < cost[i, j]) { cost[i, j] = c; move[i, j] = k; }
                }
            }

        var steps = new List<Step>();
        for (int i = n, j = m; i > 0 || j > 0;)
        {
            var (da, db) = Moves[move[i, j]];
            i -= da; j -= db;
            double confidence = da > 0 && db > 0 ? Agreement(Sum(original, i, da), Sum(translation, j, db)) : 0;
            steps.Add(new Step(i, da, j, db, confidence));
        }
        steps.Reverse();
        return steps;
    }

    private static int Sum(IReadOnlyList<int> lengths, int start, int count)
    {
        int total = 0;
        for (int k = start; k < start + count; k++) total += lengths[k];
        return total;
    }

    private double StepCost(int move, int a, int b)
    {
        double prior = move switch
        {
            0 => options.OneToOne,
            1 => options.OneToNone,
            2 => options.NoneToOne,
            3 => options.TwoToOne,
            _ => options.OneToTwo,
        };
        double cost = -Math.Log(prior);
        return Moves[move] is (0, _) or (_, 0) ? cost : cost - Math.Log(Math.Max(Agreement(a, b), 1e-12));
    }

    /// <summary>Two-tailed probability of a length difference at least this large between a unit and its translation.</summary>
    public double Agreement(int a, int b)
    {
        double mean = (a + b / ratio) / 2;
        if (mean <= 0) return 1;
        double delta = (b - a * ratio) / Math.Sqrt(mean * options.LengthVariance * ratio);
        return 2 * (1 - NormalCdf(Math.Abs(delta)));
    }

    /// <summary>The standard normal distribution function (Abramowitz and Stegun 26.2.17, error below 7.5e-8).</summary>
    private static double NormalCdf(double z)
    {
        double t = 1 / (1 + 0.2316419 * z);
        double poly = t * (0.319381530 + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))));
        return 1 - Math.Exp(-z * z / 2) / Math.Sqrt(2 * Math.PI) * poly;
    }
}
