using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VendorManager.Domain.Agencies;
using VendorManager.Domain.HostUnits;
using VendorManager.Persistence.Auditing;
using VendorManager.Persistence.Identity;

namespace VendorManager.Persistence.Configurations;

internal sealed class AppUserConfiguration : IEntityTypeConfiguration<AppUser>
{
    public void Configure(EntityTypeBuilder<AppUser> builder)
    {
        builder.Property(u => u.DisplayName).HasMaxLength(AppUser.DisplayNameMaxLength).IsRequired();
        builder.Property(u => u.PasswordHash).IsSensitive();
        builder.Property(u => u.SecurityStamp).IsSensitive();
        builder.Property(u => u.PhoneNumber).IsSensitive();
        builder.HasOne<HostUnit>().WithMany().HasForeignKey(u => u.HostUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Agency>().WithMany().HasForeignKey(u => u.AgencyId).OnDelete(DeleteBehavior.Restrict);
    }
}
