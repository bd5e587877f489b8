namespace VendorManager.Domain.Tests.Common;

/// <summary>The rows of a lifecycle's transition-table test: every state with every trigger, so no pair goes untested.</summary>
internal static class LifecycleTable
{
    public static TheoryData<TState, TTrigger> EveryStateAndTrigger<TState, TTrigger>()
        where TState : struct, Enum
        where TTrigger : struct, Enum
    {
        var data = new TheoryData<TState, TTrigger>();
        foreach (var state in Enum.GetValues<TState>())
        {
            foreach (var trigger in Enum.GetValues<TTrigger>())
            {
                data.Add(state, trigger);
            }
        }

        return data;
    }
}
