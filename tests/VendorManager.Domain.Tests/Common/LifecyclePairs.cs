namespace VendorManager.Domain.Tests.Common;

/// <summary>The rows of a lifecycle's transition-table theory.</summary>
internal static class LifecyclePairs
{
    /// <summary>Every (state, trigger) pair, so that a trigger or state added to the machine is judged by the table too.</summary>
    public static TheoryData<TState, TTrigger> Every<TState, TTrigger>()
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
