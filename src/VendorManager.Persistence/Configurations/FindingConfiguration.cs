using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VendorManager.Domain.Accounts;
using VendorManager.Domain.HostUnits;
using VendorManager.Domain.Supervision;

namespace VendorManager.Persistence.Configurations;

internal sealed class FindingConfiguration : IEntityTypeConfiguration<Finding>
{
    public void Configure(EntityTypeBuilder<Finding> builder)
    {
        builder.Property(f => f.Category).HasConversion<string>().HasMaxLength(32);
        builder.Property(f => f.Severity).HasConversion<string>().HasMaxLength(32);
        builder.Property(f => f.Description).HasMaxLength(Inspection.TextMaxLength).IsRequired();
        builder.Property(f => f.Evidence).HasMaxLength(Inspection.TextMaxLength);
        builder.Property(f => f.RecordedBy).HasMaxLength(Inspection.ActorMaxLength).IsRequired();
        builder.HasOne(f => f.Rectification).WithOne().HasForeignKey<RectificationItem>(r => r.FindingId).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(f => f.Rectification).IsRequired();
        builder.HasOne<Account>().WithMany().HasForeignKey(f => f.AccountId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<HostUnit>().WithMany().HasForeignKey(f => f.HostUnitId).OnDelete(DeleteBehavior.Restrict);

        // The evaluations feature asks for an account's findings in a month.
        builder.HasIndex(f => new { f.AccountId, f.FoundOn });
        builder.HasIndex(f => new { f.HostUnitId, f.Category });
    }
}

internal sealed class RectificationItemConfiguration : IEntityTypeConfiguration<RectificationItem>
{
    public void Configure(EntityTypeBuilder<RectificationItem> builder)
    {
        builder.Property(r => r.Category).HasConversion<string>().HasMaxLength(32);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(32);
        builder.Property(r => r.Explanation).HasMaxLength(Inspection.TextMaxLength);
        builder.Property(r => r.EvidenceStoredName).HasMaxLength(RectificationItem.FileNameMaxLength);
        builder.Property(r => r.EvidenceContentType).HasMaxLength(RectificationItem.ContentTypeMaxLength);
        builder.Property(r => r.EvidenceOriginalName).HasMaxLength(RectificationItem.FileNameMaxLength);
        builder.Property(r => r.SubmittedBy).HasMaxLength(Inspection.ActorMaxLength);
        builder.Property(r => r.VerifiedBy).HasMaxLength(Inspection.ActorMaxLength);
        builder.Property(r => r.ReturnReason).HasMaxLength(Inspection.TextMaxLength);
        builder.Property(r => r.ReturnedBy).HasMaxLength(Inspection.ActorMaxLength);
        builder.Ignore(r => r.HasEvidence);
        builder.Ignore(r => r.AwaitsUnit);
        builder.Ignore(r => r.AgencyEvidenceAwaits);
        builder.HasMany(r => r.AgencyEvidence).WithOne().HasForeignKey(e => e.RectificationItemId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(r => r.AgencyEvidence).HasField("_agencyEvidence").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasOne<Account>().WithMany().HasForeignKey(r => r.AccountId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<HostUnit>().WithMany().HasForeignKey(r => r.HostUnitId).OnDelete(DeleteBehavior.Restrict);

        // A unit's list by status; the overdue filter (status and deadline) for the job and the Supervisor.
        builder.HasIndex(r => new { r.HostUnitId, r.Status });
        builder.HasIndex(r => new { r.Status, r.Deadline });
    }
}
