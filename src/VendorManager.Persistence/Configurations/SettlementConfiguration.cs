using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VendorManager.Domain.Agencies;
using VendorManager.Domain.Contracts;
using VendorManager.Domain.Evaluations;
using VendorManager.Domain.HostUnits;
using VendorManager.Domain.Settlements;

namespace VendorManager.Persistence.Configurations;

internal sealed class SettlementConfiguration : IEntityTypeConfiguration<Settlement>
{
    public void Configure(EntityTypeBuilder<Settlement> builder)
    {
        builder.Property(s => s.Status).HasConversion<string>().HasMaxLength(32);

        // Shares as hundredths of a percent: exact on both providers, like money in fen and scores in hundredths.
        builder.Property(s => s.SharePercent).HasConversion(v => (int)(v * 100m), v => v / 100m);
        builder.Property(s => s.Band).HasMaxLength(Settlement.BandMaxLength);
        builder.Property(s => s.CalculatedBy).HasMaxLength(Settlement.ActorMaxLength).IsRequired();
        builder.Property(s => s.HoldReason).HasMaxLength(Settlement.ReasonMaxLength);
        builder.Property(s => s.WaiverReason).HasMaxLength(Settlement.ReasonMaxLength);
        builder.Property(s => s.UnapprovalReason).HasMaxLength(Settlement.ReasonMaxLength);
        builder.Property(s => s.ApprovedBy).HasMaxLength(Settlement.ActorMaxLength);
        builder.Property(s => s.DecidedBy).HasMaxLength(Settlement.ActorMaxLength);
        builder.Property(s => s.PaidRecordedBy).HasMaxLength(Settlement.ActorMaxLength);
        builder.Property(s => s.InvoiceNumber).HasMaxLength(Settlement.NumberMaxLength);
        builder.Property(s => s.VoucherNumber).HasMaxLength(Settlement.NumberMaxLength);
        builder.Ignore(s => s.Base);
        builder.Ignore(s => s.Payable);
        builder.Ignore(s => s.Withheld);
        builder.Ignore(s => s.Computation);
        builder.Ignore(s => s.AdjustedPayable);

        // As its number (unlike Status), so that settlements from before proposals read as None (0) with no data step.
        builder.Property(s => s.ProposalStatus).HasConversion<int>();
        builder.Ignore(s => s.ProposedAdjustment);
        builder.Property(s => s.ProposalReason).HasMaxLength(Settlement.ReasonMaxLength);
        builder.Property(s => s.ProposalDismissalReason).HasMaxLength(Settlement.ReasonMaxLength);
        builder.Property(s => s.ProposalDecidedBy).HasMaxLength(Settlement.ActorMaxLength);

        // At most one settlement per contract and month, decided by the database: two generations
        // running at once cannot both insert one (the loser's save fails and it skips what exists).
        builder.HasIndex(s => new { s.ContractId, s.Month }).IsUnique();

        // The ledger reads by month (and unit or agency) in its default order (newest month, then unit and
        // contract), sorts a status by payable amount; finance's home page reads by status and due date.
        builder.HasIndex(s => new { s.Month, s.HostUnitId, s.ContractId }).IsDescending(true, false, false);
        builder.HasIndex(s => new { s.AgencyId, s.Month });
        builder.HasIndex(s => new { s.Status, s.DueOn });
        // A unit's finance staff: its open settlements by status and due date.
        builder.HasIndex(s => new { s.HostUnitId, s.Status, s.DueOn });
        builder.HasIndex(s => new { s.Status, s.PayableFen });
        builder.HasIndex(s => s.EvaluationId);

        builder.HasMany(s => s.Adjustments).WithOne().HasForeignKey(a => a.SettlementId).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(s => s.Adjustments).HasField("_adjustments").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(s => s.History).WithOne().HasForeignKey(s => s.SettlementId).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(s => s.History).HasField("_history").UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.HasOne<Contract>().WithMany().HasForeignKey(s => s.ContractId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<HostUnit>().WithMany().HasForeignKey(s => s.HostUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Agency>().WithMany().HasForeignKey(s => s.AgencyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<MonthlyEvaluation>().WithMany().HasForeignKey(s => s.EvaluationId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class SettlementAdjustmentConfiguration : IEntityTypeConfiguration<SettlementAdjustment>
{
    public void Configure(EntityTypeBuilder<SettlementAdjustment> builder)
    {
        builder.ToTable("SettlementAdjustments");
        builder.Ignore(a => a.Amount);
        builder.Property(a => a.Reason).HasMaxLength(Settlement.ReasonMaxLength).IsRequired();
        builder.Property(a => a.CreatedBy).HasMaxLength(Settlement.ActorMaxLength).IsRequired();
        builder.HasIndex(a => a.SettlementId);
    }
}

internal sealed class SettlementStepConfiguration : IEntityTypeConfiguration<SettlementStep>
{
    public void Configure(EntityTypeBuilder<SettlementStep> builder)
    {
        builder.ToTable("SettlementSteps");
        builder.Property(s => s.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Property(s => s.From).HasConversion<string>().HasMaxLength(32);
        builder.Property(s => s.To).HasConversion<string>().HasMaxLength(32);
        builder.Property(s => s.Actor).HasMaxLength(Settlement.ActorMaxLength).IsRequired();
        builder.Property(s => s.Reason).HasMaxLength(Settlement.ReasonMaxLength);
        builder.Ignore(s => s.PayableBefore);
        builder.Ignore(s => s.PayableAfter);
        builder.HasIndex(s => new { s.SettlementId, s.At });
    }
}
