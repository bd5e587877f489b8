using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VendorManager.Domain.Agencies;
using VendorManager.Domain.Supervision;

namespace VendorManager.Persistence.Configurations;

internal sealed class AgencyEvidenceConfiguration : IEntityTypeConfiguration<AgencyEvidence>
{
    public void Configure(EntityTypeBuilder<AgencyEvidence> builder)
    {
        builder.ToTable("AgencyEvidence");
        builder.Property(e => e.Status).HasConversion<string>().HasMaxLength(32);
        builder.Property(e => e.Description).HasMaxLength(Inspection.TextMaxLength).IsRequired();
        builder.Property(e => e.SubmittedBy).HasMaxLength(Inspection.ActorMaxLength).IsRequired();
        builder.Property(e => e.ConfirmedBy).HasMaxLength(Inspection.ActorMaxLength);
        builder.Property(e => e.ReturnReason).HasMaxLength(Inspection.TextMaxLength);
        builder.Property(e => e.ReturnedBy).HasMaxLength(Inspection.ActorMaxLength);
        builder.HasOne<Agency>().WithMany().HasForeignKey(e => e.AgencyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(e => e.Files).WithOne().HasForeignKey(f => f.AgencyEvidenceId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(e => e.Files).HasField("_files").UsePropertyAccessMode(PropertyAccessMode.Field);

        // Rounds are numbered per item; the unit decides a round by its number.
        builder.HasIndex(e => new { e.RectificationItemId, e.Round }).IsUnique();
    }
}

internal sealed class AgencyEvidenceFileConfiguration : IEntityTypeConfiguration<AgencyEvidenceFile>
{
    public void Configure(EntityTypeBuilder<AgencyEvidenceFile> builder)
    {
        builder.ToTable("AgencyEvidenceFiles");
        StoredFileColumns.ConfigureRequired(builder, f => f.File);
        builder.HasIndex(f => f.AgencyEvidenceId);
    }
}
