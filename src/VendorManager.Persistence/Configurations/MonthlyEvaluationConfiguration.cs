using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VendorManager.Domain.Agencies;
using VendorManager.Domain.Common;
using VendorManager.Domain.Contracts;
using VendorManager.Domain.Evaluations;
using VendorManager.Domain.HostUnits;
using VendorManager.Domain.Posts;
using VendorManager.Domain.Supervision;

namespace VendorManager.Persistence.Configurations;

internal sealed class MonthlyEvaluationConfiguration : IEntityTypeConfiguration<MonthlyEvaluation>
{
    public void Configure(EntityTypeBuilder<MonthlyEvaluation> builder)
    {
        builder.Property(e => e.State).HasConversion<string>().HasMaxLength(32);
        builder.Property(e => e.SharePercent).HasPrecision(5, 2);
        builder.Property(e => e.Remarks).HasMaxLength(MonthlyEvaluation.TextMaxLength);
        builder.Property(e => e.ScoredBy).HasMaxLength(MonthlyEvaluation.ActorMaxLength);
        builder.Property(e => e.SubmittedById).HasMaxLength(450);
        builder.Property(e => e.SubmittedBy).HasMaxLength(MonthlyEvaluation.ActorMaxLength);
        builder.Property(e => e.ConfirmedBy).HasMaxLength(MonthlyEvaluation.ActorMaxLength);
        builder.Property(e => e.AppealReason).HasMaxLength(MonthlyEvaluation.TextMaxLength);
        builder.Property(e => e.AppealedBy).HasMaxLength(MonthlyEvaluation.ActorMaxLength);
        builder.Property(e => e.AppealAnswer).HasMaxLength(MonthlyEvaluation.TextMaxLength);
        builder.Property(e => e.AnsweredBy).HasMaxLength(MonthlyEvaluation.ActorMaxLength);
        builder.Ignore(e => e.IsStarted);
        builder.Ignore(e => e.IsLocked);

        builder.HasMany(e => e.IndicatorScores).WithOne().HasForeignKey(s => s.MonthlyEvaluationId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(e => e.IndicatorScores).HasField("_indicatorScores").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(e => e.Deductions).WithOne().HasForeignKey(d => d.MonthlyEvaluationId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(e => e.Deductions).HasField("_deductions").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(e => e.Vetoes).WithOne().HasForeignKey(v => v.MonthlyEvaluationId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(e => e.Vetoes).HasField("_vetoes").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(e => e.History).WithOne().HasForeignKey(s => s.MonthlyEvaluationId).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(e => e.History).HasField("_history").UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.HasOne<Contract>().WithMany().HasForeignKey(e => e.ContractId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<KpiScheme>().WithMany().HasForeignKey(e => e.KpiSchemeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<HostUnit>().WithMany().HasForeignKey(e => e.HostUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Agency>().WithMany().HasForeignKey(e => e.AgencyId).OnDelete(DeleteBehavior.Restrict);

        // One evaluation per contract and month; the queue reads a unit's month; the job reads by state.
        builder.HasIndex(e => new { e.ContractId, e.Month }).IsUnique();
        builder.HasIndex(e => new { e.HostUnitId, e.Month, e.State });
        builder.HasIndex(e => new { e.AgencyId, e.Month });
        // Also the Supervisor's home page: the latest Final month, its share bands and the agencies' mean
        // score over twelve months, read from this index alone (no row lookups across ~80,000 evaluations).
        builder.HasIndex(e => new { e.State, e.Month, e.AgencyId, e.Total, e.SharePercent });
        // This month's scoring progress (state, started, late) on the home pages, from the index alone.
        builder.HasIndex(e => new { e.Month, e.State, e.DueOn, e.ScoredAt });
        // The evaluation list's default order (newest month, then unit and contract), its status filters and sorts.
        builder.HasIndex(e => new { e.Month, e.HostUnitId, e.ContractId }).IsDescending(true, false, false);
        builder.HasIndex(e => new { e.State, e.Total });
        builder.HasIndex(e => new { e.State, e.DueOn });
    }
}

internal sealed class IndicatorScoreConfiguration : IEntityTypeConfiguration<IndicatorScore>
{
    public void Configure(EntityTypeBuilder<IndicatorScore> builder)
    {
        builder.Property(s => s.IndicatorCode).HasMaxLength(KpiIndicator.CodeMaxLength).IsRequired();
        builder.HasIndex(s => new { s.MonthlyEvaluationId, s.IndicatorCode }).IsUnique();
    }
}

internal sealed class EvaluationDeductionConfiguration : IEntityTypeConfiguration<EvaluationDeduction>
{
    public void Configure(EntityTypeBuilder<EvaluationDeduction> builder)
    {
        builder.Property(d => d.Category).HasConversion<string>().HasMaxLength(32);
        builder.Property(d => d.Description).HasMaxLength(MonthlyEvaluation.TextMaxLength).IsRequired();
        builder.Property(d => d.EvidenceLink).HasMaxLength(MonthlyEvaluation.TextMaxLength);
        builder.OwnsOne(d => d.EvidenceFile, file =>
        {
            file.Property(f => f.StoredName).HasColumnName("EvidenceStoredName").HasMaxLength(StoredFile.NameMaxLength);
            file.Property(f => f.ContentType).HasColumnName("EvidenceContentType").HasMaxLength(StoredFile.ContentTypeMaxLength);
            file.Property(f => f.Size).HasColumnName("EvidenceSize");
            file.Property(f => f.OriginalName).HasColumnName("EvidenceOriginalName").HasMaxLength(StoredFile.NameMaxLength);
        });
        builder.HasOne<Finding>().WithMany().HasForeignKey(d => d.FindingId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PublishedPost>().WithMany().HasForeignKey(d => d.PublishedPostId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(d => d.MonthlyEvaluationId);
    }
}

internal sealed class EvaluationVetoConfiguration : IEntityTypeConfiguration<EvaluationVeto>
{
    public void Configure(EntityTypeBuilder<EvaluationVeto> builder)
    {
        builder.Property(v => v.VetoCode).HasMaxLength(KpiVetoItem.CodeMaxLength).IsRequired();
        builder.Property(v => v.Name).HasMaxLength(KpiVetoItem.NameMaxLength).IsRequired();
        builder.Property(v => v.Description).HasMaxLength(MonthlyEvaluation.TextMaxLength).IsRequired();
        builder.HasIndex(v => v.MonthlyEvaluationId);
    }
}

internal sealed class EvaluationStepConfiguration : IEntityTypeConfiguration<EvaluationStep>
{
    public void Configure(EntityTypeBuilder<EvaluationStep> builder)
    {
        builder.Property(s => s.Actor).HasMaxLength(MonthlyEvaluation.ActorMaxLength).IsRequired();
        builder.Property(s => s.From).HasConversion<string>().HasMaxLength(32);
        builder.Property(s => s.To).HasConversion<string>().HasMaxLength(32);
        builder.Property(s => s.Action).HasConversion<string>().HasMaxLength(32);
        builder.Property(s => s.Reason).HasMaxLength(MonthlyEvaluation.TextMaxLength);
        builder.HasIndex(s => new { s.MonthlyEvaluationId, s.At });
    }
}
