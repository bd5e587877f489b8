using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VendorManager.Domain.HostUnits;
using VendorManager.Domain.SelfInspections;

namespace VendorManager.Persistence.Configurations;

internal sealed class SelfInspectionCampaignConfiguration : IEntityTypeConfiguration<SelfInspectionCampaign>
{
    public void Configure(EntityTypeBuilder<SelfInspectionCampaign> builder)
    {
        builder.Property(c => c.Title).HasMaxLength(SelfInspectionCampaign.TitleMaxLength).IsRequired();
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(32);
        builder.Property(c => c.OpenedBy).HasMaxLength(SelfInspectionCampaign.ActorMaxLength).IsRequired();
        builder.HasMany(c => c.Reports).WithOne().HasForeignKey(r => r.CampaignId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.Reports).HasField("_reports").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class SelfInspectionReportConfiguration : IEntityTypeConfiguration<SelfInspectionReport>
{
    public void Configure(EntityTypeBuilder<SelfInspectionReport> builder)
    {
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(32);
        builder.Property(r => r.SubmittedBy).HasMaxLength(SelfInspectionCampaign.ActorMaxLength);
        builder.Property(r => r.ReviewedBy).HasMaxLength(SelfInspectionCampaign.ActorMaxLength);
        builder.Property(r => r.ReturnReason).HasMaxLength(SelfInspectionReport.ReasonMaxLength);
        builder.OwnsOne(r => r.SignedScan, file => StoredFileColumns.Configure(file, "SignedScan"));
        builder.OwnsMany(r => r.Lines, line =>
        {
            line.ToTable("SelfInspectionLines");
            line.WithOwner().HasForeignKey("SelfInspectionReportId");
            line.Property<int>("Id");
            line.HasKey("Id");
            line.Property(l => l.Category).HasConversion<string>().HasMaxLength(32);
            line.Property(l => l.Measures).HasMaxLength(SelfInspectionReport.MeasuresMaxLength);
        });
        builder.Navigation(r => r.Lines).HasField("_lines").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasOne<HostUnit>().WithMany().HasForeignKey(r => r.HostUnitId).OnDelete(DeleteBehavior.Restrict);

        // One report per unit and campaign: the county's summary counts each unit once.
        builder.HasIndex(r => new { r.CampaignId, r.HostUnitId }).IsUnique();
        builder.HasIndex(r => new { r.HostUnitId, r.Status });
    }
}
