using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VendorManager.Domain.Accounts;

namespace VendorManager.Persistence.Configurations;

internal sealed class FilingConfiguration : IEntityTypeConfiguration<Filing>
{
    public void Configure(EntityTypeBuilder<Filing> builder)
    {
        builder.Property(f => f.Platform).HasConversion<string>().HasMaxLength(32);
        builder.Property(f => f.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Property(f => f.State).HasConversion<string>().HasMaxLength(32);
        builder.Property(f => f.Operator).HasConversion<string>().HasMaxLength(32);
        builder.Property(f => f.Name).HasMaxLength(Account.NameMaxLength);
        builder.Property(f => f.PlatformId).HasMaxLength(Account.PlatformIdMaxLength);
        builder.Property(f => f.Justification).HasMaxLength(Filing.TextMaxLength);
        builder.Property(f => f.Reason).HasMaxLength(Filing.TextMaxLength);
        builder.Property(f => f.ReturnReason).HasMaxLength(Filing.TextMaxLength);
        builder.Property(f => f.SubmittedBy).HasMaxLength(Filing.ActorMaxLength).IsRequired();
        builder.Property(f => f.DecidedBy).HasMaxLength(Filing.ActorMaxLength);
        builder.Ignore(f => f.IsPending);
        builder.Ignore(f => f.IsAdditionalAccountOnPlatform);
        builder.Ignore(f => f.MissingPapers);
        builder.HasMany(f => f.Attachments).WithOne().HasForeignKey(a => a.FilingId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(f => f.Attachments).HasField("_attachments").UsePropertyAccessMode(PropertyAccessMode.Field);

        // The Supervisor's queue reads pending filings oldest first; a unit reads its own.
        builder.HasIndex(f => new { f.State, f.SubmittedAt });
        builder.HasIndex(f => new { f.HostUnitId, f.State });
    }
}
