using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VendorManager.Domain.Accounts;

namespace VendorManager.Persistence.Configurations;

internal sealed class MonthlyActivityConfiguration : IEntityTypeConfiguration<MonthlyActivity>
{
    public void Configure(EntityTypeBuilder<MonthlyActivity> builder)
    {
        // One record per account and month: a second entry or a re-import corrects it.
        builder.HasIndex(a => new { a.AccountId, a.Month }).IsUnique();
        builder.HasIndex(a => a.HostUnitId);
        // "No post after the cutoff" (the not-updated and zombie flags) is one seek per account on this index.
        builder.HasIndex(a => new { a.AccountId, a.LastPostOn });
        builder.HasOne<Account>().WithMany().HasForeignKey(a => a.AccountId).OnDelete(DeleteBehavior.Restrict);
    }
}
