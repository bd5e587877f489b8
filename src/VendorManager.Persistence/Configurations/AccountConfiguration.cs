using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VendorManager.Domain.Accounts;
using VendorManager.Domain.HostUnits;

namespace VendorManager.Persistence.Configurations;

internal sealed class AccountConfiguration : IEntityTypeConfiguration<Account>
{
    public void Configure(EntityTypeBuilder<Account> builder)
    {
        builder.Property(a => a.Name).HasMaxLength(Account.NameMaxLength).IsRequired();
        builder.Property(a => a.PlatformId).HasMaxLength(Account.PlatformIdMaxLength);
        builder.Property(a => a.Platform).HasConversion<string>().HasMaxLength(32);
        builder.Property(a => a.Operator).HasConversion<string>().HasMaxLength(32);
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(32);
        builder.Property(a => a.PlatformIdRecordedBy).HasMaxLength(Filing.ActorMaxLength);
        builder.Property(a => a.CredentialsHolder).HasMaxLength(Account.CredentialsHolderMaxLength);
        builder.Ignore(a => a.PendingFiling);
        builder.Ignore(a => a.OccupiesPlatform);

        // The domain keeps the history in a private list; EF fills and saves it through the field.
        builder.HasMany(a => a.Filings).WithOne().HasForeignKey(f => f.AccountId).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(a => a.Filings).HasField("_filings").UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.HasOne<HostUnit>().WithMany().HasForeignKey(a => a.HostUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.HostUnitId, a.Platform });
        // The activity flags count Active publishing accounts live since a cutoff from this index alone.
        builder.HasIndex(a => new { a.Status, a.Platform, a.ActiveSince });
        // The account inventory sorts by name and filters by operator: docs/PERFORMANCE.md.
        builder.HasIndex(a => a.Name);
        builder.HasIndex(a => new { a.Operator, a.Status });
        builder.HasIndex(a => new { a.Status, a.Name });
    }
}
