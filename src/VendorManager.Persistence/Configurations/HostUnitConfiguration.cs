using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VendorManager.Domain.HostUnits;

namespace VendorManager.Persistence.Configurations;

internal sealed class HostUnitConfiguration : IEntityTypeConfiguration<HostUnit>
{
    public void Configure(EntityTypeBuilder<HostUnit> builder)
    {
        builder.Property(u => u.Name).HasMaxLength(HostUnit.NameMaxLength).IsRequired();
        builder.Property(u => u.Code).HasMaxLength(HostUnit.CodeMaxLength).IsRequired();
        builder.Property(u => u.Kind).HasConversion<string>().HasMaxLength(32);
        builder.HasIndex(u => u.Code).IsUnique();
        builder.HasIndex(u => u.Name);
    }
}
