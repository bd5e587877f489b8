using VendorManager.Domain.Common;
using VendorManager.Web.Features.Shared;

namespace VendorManager.Web.Features.Accounts;

using Account = VendorManager.Domain.Accounts.Account;

/// <summary>The accounts' commands through the one pipeline, with each refusal that belongs to a field of the form shown beside it.</summary>
internal static class AccountCommands
{
    public static async Task<Result> RunOnFormAsync(
        this CommandPipeline pipeline,
        Command<Account> command,
        Func<Refusal, string> fieldOf,
        CancellationToken cancellationToken)
    {
        Refusal? refused = null;
        var run = await pipeline.RunAsync(
            command with
            {
                Apply = async (db, account, ct) =>
                {
                    var applied = await command.Apply(db, account, ct);
                    refused = applied.Refusal;
                    return applied;
                },
            },
            cancellationToken);
        return refused is not null && fieldOf(refused) is { Length: > 0 } field
            ? Result.Invalid(field, run.Result.Describe())
            : run.Result;
    }
}
