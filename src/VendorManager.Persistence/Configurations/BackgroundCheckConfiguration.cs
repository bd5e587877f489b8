using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VendorManager.Domain.Agencies;
using VendorManager.Domain.Staff;

namespace VendorManager.Persistence.Configurations;

internal sealed class BackgroundCheckConfiguration : IEntityTypeConfiguration<BackgroundCheck>
{
    public void Configure(EntityTypeBuilder<BackgroundCheck> builder)
    {
        builder.Property(c => c.Result).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.RequestedBy).HasMaxLength(BackgroundCheck.UserNameMaxLength).IsRequired();
        builder.Property(c => c.RecordedBy).HasMaxLength(BackgroundCheck.UserNameMaxLength);
        builder.Property(c => c.Authority).HasMaxLength(BackgroundCheck.AuthorityMaxLength);
        builder.Property(c => c.ReferenceNumber).HasMaxLength(BackgroundCheck.ReferenceNumberMaxLength);
        builder.Property(c => c.Remark).HasMaxLength(BackgroundCheck.RemarkMaxLength);
        builder.Property(c => c.RevokedBy).HasMaxLength(BackgroundCheck.UserNameMaxLength);
        builder.Property(c => c.RevocationReason).HasMaxLength(BackgroundCheck.RemarkMaxLength);
        builder.HasOne<Agency>().WithMany().HasForeignKey(c => c.AgencyId).OnDelete(DeleteBehavior.Restrict);

        // The "checks to record" queue reads the waiting ones.
        builder.HasIndex(c => new { c.Result, c.RequestedAt });
    }
}
