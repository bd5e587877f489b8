using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VendorManager.Domain.Contracts;

namespace VendorManager.Persistence.Configurations;

internal sealed class ContractWarningConfiguration : IEntityTypeConfiguration<ContractWarning>
{
    public void Configure(EntityTypeBuilder<ContractWarning> builder)
    {
        builder.ToTable("ContractWarnings");
        builder.Property(w => w.Key).HasMaxLength(ContractWarning.KeyMaxLength).IsRequired();
        builder.Property(w => w.Message).HasMaxLength(ContractWarning.MessageMaxLength).IsRequired();
        builder.Ignore(w => w.IsOpen);
        builder.HasIndex(w => new { w.ContractId, w.Key });
    }
}
