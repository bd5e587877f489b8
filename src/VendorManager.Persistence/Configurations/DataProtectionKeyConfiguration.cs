using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VendorManager.Persistence.Auditing;

namespace VendorManager.Persistence.Configurations;

internal sealed class DataProtectionKeyConfiguration : IEntityTypeConfiguration<DataProtectionKey>
{
    public void Configure(EntityTypeBuilder<DataProtectionKey> builder)
    {
        // Key material in the audit log would hand it to every Auditor; ASP.NET Core also saves it synchronously.
        builder.IsNotAudited();
        builder.Property(k => k.FriendlyName).HasMaxLength(200);
    }
}
