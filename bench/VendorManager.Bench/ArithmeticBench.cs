using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Running;
using VendorManager.Domain.Common;
using VendorManager.Domain.Evaluations;
using VendorManager.Domain.Settlements;
using VendorManager.Domain.Contracts;

namespace VendorManager.Bench;

/// <summary>(4) Score and settlement arithmetic with BenchmarkDotNet: one operation = one evaluation or one settlement.</summary>
internal static class ArithmeticBench
{
    public static void Run(string[] args)
    {
        BenchmarkRunner.Run<Arithmetic>(OneCore.InProcess, args);
    }
}

[MemoryDiagnoser]
public class Arithmetic
{
    private const int N = 1024;
    private readonly int[][] _indicators = new int[N][];
    private readonly int[][] _occurrences = new int[N][];
    private readonly int[] _points = [200, 100, 200, 300, 300, 200, 300, 500];
    private readonly int[] _caps = [1000, 1000, 1000, 1500, 1500, 1000, 1500, 2000];
    private readonly int[] _vetoCaps = new int[N];
    private readonly int[] _bandFrom = [0, 6000, 7000, 8000, 9000];
    private readonly int[] _bandTo = [6000, 7000, 8000, 9000, 10000];
    private readonly decimal[] _shares = [0m, 70m, 85m, 95m, 100m];
    private readonly Money[] _fees = new Money[N];
    private readonly DateOnly[] _months = new DateOnly[N];
    private readonly StateChange[] _history =
    [
        new(new DateTimeOffset(2024, 10, 1, 2, 0, 0, TimeSpan.Zero), ContractState.Draft, ContractState.UnderReview),
        new(new DateTimeOffset(2024, 10, 11, 2, 0, 0, TimeSpan.Zero), ContractState.UnderReview, ContractState.Signed),
        new(new DateTimeOffset(2024, 10, 31, 16, 0, 5, TimeSpan.Zero), ContractState.Signed, ContractState.Active),
        new(new DateTimeOffset(2025, 6, 10, 2, 0, 0, TimeSpan.Zero), ContractState.Active, ContractState.Suspended),
        new(new DateTimeOffset(2025, 6, 24, 2, 0, 0, TimeSpan.Zero), ContractState.Suspended, ContractState.Active),
    ];

    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(2026);
        for (var i = 0; i < N; i++)
        {
            _indicators[i] = [3000 - random.Next(0, 9) * 50, 2000 - random.Next(0, 9) * 50, 2000 - random.Next(0, 9) * 50, 2000 - random.Next(0, 9) * 50, 1000 - random.Next(0, 5) * 50];
            _occurrences[i] = new int[8];
            if (random.Next(8) == 0)
            {
                _occurrences[i][random.Next(8)] = random.Next(1, 4);
            }

            _vetoCaps[i] = random.Next(300) == 0 ? 5900 : ScoreCalculator.NoVeto;
            _fees[i] = new Money(random.Next(20, 400) * 100m);
            _months[i] = new DateOnly(2024, 11, 1).AddMonths(random.Next(24));
        }
    }

    /// <summary>One month's score: total and band.</summary>
    [Benchmark(OperationsPerInvoke = N)]
    public int Score()
    {
        var sum = 0;
        for (var i = 0; i < N; i++)
        {
            var breakdown = ScoreCalculator.Calculate(_indicators[i], _occurrences[i], _points, _caps, _vetoCaps[i]);
            sum += ScoreCalculator.BandIndex(_bandFrom, _bandTo, breakdown.TotalHundredths);
        }

        return sum;
    }

    /// <summary>One settlement: paid days from the history, base, share, payable, withheld.</summary>
    [Benchmark(OperationsPerInvoke = N)]
    public long Settlement()
    {
        long sum = 0;
        for (var i = 0; i < N; i++)
        {
            var month = _months[i];
            var paid = PaidDays.Count(month, new DateOnly(2024, 11, 1), new DateOnly(2027, 10, 31), _history);
            var computation = SettlementComputation.Compute(_fees[i], paid, PaidDays.DaysIn(month), VendorManager.Domain.Common.Score.FromHundredths(9250), _shares[(i + _next) % _shares.Length]);
            sum += computation.Payable.Fen;
        }

        _next++;
        return sum;
    }
}
