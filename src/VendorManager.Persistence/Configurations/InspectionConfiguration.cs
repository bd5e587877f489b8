using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VendorManager.Domain.Accounts;
using VendorManager.Domain.HostUnits;
using VendorManager.Domain.Supervision;

namespace VendorManager.Persistence.Configurations;

internal sealed class InspectionConfiguration : IEntityTypeConfiguration<Inspection>
{
    public void Configure(EntityTypeBuilder<Inspection> builder)
    {
        builder.Property(i => i.Inspectors).HasMaxLength(Inspection.InspectorsMaxLength).IsRequired();
        builder.Property(i => i.Summary).HasMaxLength(Inspection.TextMaxLength);
        builder.Property(i => i.RecordedBy).HasMaxLength(Inspection.ActorMaxLength).IsRequired();
        builder.HasMany(i => i.Accounts).WithOne().HasForeignKey(a => a.InspectionId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(i => i.Accounts).HasField("_accounts").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(i => i.Findings).WithOne().HasForeignKey(f => f.InspectionId).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(i => i.Findings).HasField("_findings").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasIndex(i => i.InspectedOn);
    }
}

internal sealed class InspectedAccountConfiguration : IEntityTypeConfiguration<InspectedAccount>
{
    public void Configure(EntityTypeBuilder<InspectedAccount> builder)
    {
        builder.HasKey(a => new { a.InspectionId, a.AccountId });
        builder.HasOne<Account>().WithMany().HasForeignKey(a => a.AccountId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<HostUnit>().WithMany().HasForeignKey(a => a.HostUnitId).OnDelete(DeleteBehavior.Restrict);
    }
}
