using CsCheck;
using VendorManager.Domain.Common;

namespace VendorManager.Domain.Tests.Common;

/// <summary>
/// Money rounds half away from zero to the fen (四舍五入) and is stored as whole fen; thousands of
/// generated amounts up to a trillion yuan, far beyond any fee, all behave.
/// </summary>
public sealed class MoneyPropertyTests
{
    private const decimal Limit = 1_000_000_000_000m;

    private static readonly Gen<decimal> Amount = Gen.Frequency(
        (4, Gen.Decimal[-Limit, Limit]),
        // Exactly half a fen away from a whole fen: where rounding direction matters.
        (3, Gen.Long[-100_000_000_000_000L, 100_000_000_000_000L].Select(fen => fen / 100m + 0.005m)),
        (3, Gen.Long[-100_000_000_000_000L, 100_000_000_000_000L].Select(fen => fen / 100m)));

    [Fact]
    public void Rounding_is_to_the_nearest_fen_and_a_half_fen_goes_away_from_zero()
    {
        Amount.Sample(
            yuan =>
            {
                var money = new Money(yuan);
                var difference = money.Yuan - yuan;
                return Math.Abs(difference) <= 0.005m
                    && decimal.Round(money.Yuan, 2) == money.Yuan
                    && (Math.Abs(difference) != 0.005m || Math.Abs(money.Yuan) > Math.Abs(yuan))
                    && new Money(-yuan).Yuan == -money.Yuan;
            },
            iter: HostileInput.Cases);
    }

    [Fact]
    public void The_stored_fen_give_back_the_same_amount_and_order()
    {
        Gen.Select(Amount, Amount).Sample(
            (a, b) =>
            {
                var x = new Money(a);
                var y = new Money(b);
                return Money.FromFen(x.Fen) == x
                    && x.CompareTo(y) == x.Fen.CompareTo(y.Fen)
                    && (x + y).Fen == x.Fen + y.Fen
                    && (x - y).Fen == x.Fen - y.Fen;
            },
            iter: HostileInput.Cases);
    }

    [Fact]
    public void Rounding_a_rounded_amount_changes_nothing()
    {
        Amount.Sample(yuan => new Money(new Money(yuan).Yuan) == new Money(yuan), iter: HostileInput.Cases);
    }

    [Fact]
    public void Scores_keep_two_decimals_and_round_trip_through_hundredths()
    {
        Gen.Decimal[-1000m, 1000m].Sample(
            points =>
            {
                var score = new Score(points);
                return Math.Abs(score.Points - points) <= 0.005m && Score.FromHundredths(score.Hundredths) == score;
            },
            iter: HostileInput.Cases);
    }
}
