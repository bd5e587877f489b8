using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace VendorManager.Bench;

/// <summary>The BenchmarkDotNet configuration of the micro-benchmarks: in this process, short run, one core.</summary>
internal static class OneCore
{
    // In this process (no generated project to build); one core is what the targets speak of.
    public static readonly IConfig InProcess = DefaultConfig.Instance
        .AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance).WithAffinity(1))
        .WithOptions(ConfigOptions.DisableOptimizationsValidator);
}
