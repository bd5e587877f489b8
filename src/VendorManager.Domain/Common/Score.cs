using System.Globalization;

namespace VendorManager.Domain.Common;

/// <summary>
/// A score with two decimals (e.g. 87.25). Stored as hundredths so that both providers sort and
/// sum it exactly in SQL.
/// </summary>
public readonly record struct Score : IComparable<Score>
{
    public Score(decimal points) => Points = Math.Round(points, 2, MidpointRounding.AwayFromZero);

    public decimal Points { get; }

    public int Hundredths => (int)(Points * 100m);

    public static Score FromHundredths(int hundredths) => new(hundredths / 100m);

    public int CompareTo(Score other) => Points.CompareTo(other.Points);

    public static bool operator <(Score a, Score b) => a.Points < b.Points;

    public static bool operator >(Score a, Score b) => a.Points > b.Points;

    public static bool operator <=(Score a, Score b) => a.Points <= b.Points;

    public static bool operator >=(Score a, Score b) => a.Points >= b.Points;

    public override string ToString() => Points.ToString("0.00", CultureInfo.InvariantCulture);
}
