using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VendorManager.Domain.Agencies;
using VendorManager.Domain.ApiKeys;
using VendorManager.Domain.Grants;
using VendorManager.Domain.HostUnits;
using VendorManager.Persistence.Identity;

namespace VendorManager.Persistence.Configurations;

internal sealed class GrantRequestConfiguration : IEntityTypeConfiguration<GrantRequest>
{
    public void Configure(EntityTypeBuilder<GrantRequest> builder)
    {
        builder.Property(g => g.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(g => g.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(g => g.Role).HasMaxLength(32).IsRequired();
        builder.Property(g => g.TargetName).HasMaxLength(GrantRequest.UserNameMaxLength).IsRequired();
        builder.Property(g => g.RequestedById).HasMaxLength(450).IsRequired();
        builder.Property(g => g.RequestedBy).HasMaxLength(GrantRequest.UserNameMaxLength).IsRequired();
        builder.Property(g => g.DecidedBy).HasMaxLength(GrantRequest.UserNameMaxLength);
        builder.Property(g => g.Reason).HasMaxLength(GrantRequest.ReasonMaxLength);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(g => g.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(g => g.ApiKey).WithMany().HasForeignKey(g => g.ApiKeyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<HostUnit>().WithMany().HasForeignKey(g => g.HostUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Agency>().WithMany().HasForeignKey(g => g.AgencyId).OnDelete(DeleteBehavior.Restrict);
        // The approvers' queue, and "does this user or key have a pending or approved grant".
        builder.HasIndex(g => new { g.Status, g.Role });
        builder.HasIndex(g => new { g.UserId, g.Status });
        builder.HasIndex(g => new { g.ApiKeyId, g.Status });
    }
}
