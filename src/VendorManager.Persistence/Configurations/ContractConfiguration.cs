using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VendorManager.Domain.Agencies;
using VendorManager.Domain.Common;
using VendorManager.Domain.Contracts;
using VendorManager.Domain.Evaluations;
using VendorManager.Domain.HostUnits;
using VendorManager.Domain.Staff;

namespace VendorManager.Persistence.Configurations;

internal sealed class ContractConfiguration : IEntityTypeConfiguration<Contract>
{
    public void Configure(EntityTypeBuilder<Contract> builder)
    {
        builder.Property(c => c.Number).HasMaxLength(Contract.NumberMaxLength).IsRequired();
        builder.HasIndex(c => c.Number).IsUnique();
        builder.Property(c => c.ProcurementMethod).HasConversion<string>().HasMaxLength(32);
        builder.Property(c => c.State).HasConversion<string>().HasMaxLength(32);
        builder.Property(c => c.UnitSupervisor).HasMaxLength(Contract.PersonNameMaxLength);
        builder.Property(c => c.ScheduledTerminationReason).HasMaxLength(ContractTransition.ReasonMaxLength);
        builder.Property(c => c.CreatedBy).HasMaxLength(ContractTransition.ActorMaxLength).IsRequired();
        builder.OwnsOne(c => c.SignedScan, scan => StoredFileColumns.Configure(scan, "SignedScan"));
        builder.OwnsOne(c => c.ConfidentialityAgreementScan, scan => StoredFileColumns.Configure(scan, "ConfidentialityScan"));
        builder.Ignore(c => c.AccountIds);
        builder.Ignore(c => c.IsBinding);
        builder.Ignore(c => c.StaffEditable);

        // The domain keeps its parts in private lists; EF fills and saves them through the fields.
        builder.HasMany(c => c.Accounts).WithOne().HasForeignKey(a => a.ContractId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.Accounts).HasField("_accounts").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(c => c.Assignments).WithOne().HasForeignKey(a => a.ContractId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.Assignments).HasField("_assignments").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(c => c.History).WithOne().HasForeignKey(t => t.ContractId).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(c => c.History).HasField("_history").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(c => c.Warnings).WithOne().HasForeignKey(w => w.ContractId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.Warnings).HasField("_warnings").UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.HasOne<HostUnit>().WithMany().HasForeignKey(c => c.HostUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Agency>().WithMany().HasForeignKey(c => c.AgencyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(c => c.ProjectLeadId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Contract>().WithMany().HasForeignKey(c => c.PredecessorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<KpiScheme>().WithMany().HasForeignKey(c => c.KpiSchemeId).OnDelete(DeleteBehavior.Restrict);

        // Lists filter by unit, agency and state; the daily job reads by state and dates.
        builder.HasIndex(c => new { c.HostUnitId, c.State });
        builder.HasIndex(c => new { c.AgencyId, c.State });
        builder.HasIndex(c => new { c.State, c.StartDate });
        builder.HasIndex(c => new { c.State, c.EndDate });
    }
}
