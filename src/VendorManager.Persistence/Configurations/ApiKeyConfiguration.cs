using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VendorManager.Domain.ApiKeys;
using VendorManager.Domain.HostUnits;
using VendorManager.Persistence.Auditing;

namespace VendorManager.Persistence.Configurations;

internal sealed class ApiKeyConfiguration : IEntityTypeConfiguration<ApiKey>
{
    public void Configure(EntityTypeBuilder<ApiKey> builder)
    {
        builder.Property(k => k.ClientName).HasMaxLength(ApiKey.ClientNameMaxLength).IsRequired();
        builder.Property(k => k.Role).HasMaxLength(32).IsRequired();
        // A hash, not the key; still kept out of the audit log, which more people may read than this table.
        builder.Property(k => k.KeyHash).HasMaxLength(64).IsFixedLength().IsRequired().IsSensitive();
        builder.HasIndex(k => k.KeyHash).IsUnique();
        builder.Property(k => k.Prefix).HasMaxLength(ApiKey.PrefixLength).IsRequired();
        builder.Property(k => k.CreatedBy).HasMaxLength(ApiKey.UserNameMaxLength).IsRequired();
        builder.Property(k => k.RevokedBy).HasMaxLength(ApiKey.UserNameMaxLength);
        builder.Ignore(k => k.UserName);
        builder.HasOne<HostUnit>().WithMany().HasForeignKey(k => k.HostUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<VendorManager.Domain.Agencies.Agency>().WithMany().HasForeignKey(k => k.AgencyId).OnDelete(DeleteBehavior.Restrict);
    }
}
