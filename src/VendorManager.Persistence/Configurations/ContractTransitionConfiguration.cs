using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VendorManager.Domain.Contracts;

namespace VendorManager.Persistence.Configurations;

internal sealed class ContractTransitionConfiguration : IEntityTypeConfiguration<ContractTransition>
{
    public void Configure(EntityTypeBuilder<ContractTransition> builder)
    {
        builder.Property(t => t.Actor).HasMaxLength(ContractTransition.ActorMaxLength).IsRequired();
        builder.Property(t => t.From).HasConversion<string>().HasMaxLength(32);
        builder.Property(t => t.To).HasConversion<string>().HasMaxLength(32);
        builder.Property(t => t.Trigger).HasConversion<string>().HasMaxLength(32);
        builder.Property(t => t.Reason).HasMaxLength(ContractTransition.ReasonMaxLength);
        builder.HasIndex(t => new { t.ContractId, t.At });
    }
}
