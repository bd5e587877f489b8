using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VendorManager.Domain.Agencies;
using VendorManager.Domain.Staff;
using VendorManager.Persistence.Auditing;

namespace VendorManager.Persistence.Configurations;

internal sealed class StaffMemberConfiguration : IEntityTypeConfiguration<StaffMember>
{
    /// <summary>Room for <c>pd1.{keyId}.{base64}</c> of an 18-character value under a key id of reasonable length.</summary>
    public const int ProtectedMaxLength = 200;

    /// <summary>Hex of an HMAC-SHA256.</summary>
    public const int LookupLength = 64;

    public void Configure(EntityTypeBuilder<StaffMember> builder)
    {
        builder.Property(s => s.Name).HasMaxLength(StaffMember.NameMaxLength).IsRequired();
        builder.Property(s => s.Post).HasConversion<string>().HasMaxLength(32);
        builder.Property(s => s.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(s => s.MaskedIdNumber).HasMaxLength(StaffMember.MaskedIdNumberMaxLength).IsRequired();
        builder.Property(s => s.MaskedMobile).HasMaxLength(StaffMember.MaskedMobileMaxLength).IsRequired();

        // Ciphertexts and the keyed hash are masked in the audit log too: the log is read by people
        // who may not see personal information, and its copies outlive the retention period.
        builder.Property(s => s.IdNumberCiphertext).HasMaxLength(ProtectedMaxLength).IsSensitive();
        builder.Property(s => s.MobileCiphertext).HasMaxLength(ProtectedMaxLength).IsSensitive();
        builder.Property(s => s.IdNumberLookup).HasMaxLength(LookupLength).IsSensitive();

        builder.Property(s => s.PurposeAcknowledgedBy).HasMaxLength(StaffMember.UserNameMaxLength).IsRequired();
        builder.Property(s => s.PurposeNoticeVersion).HasMaxLength(StaffMember.NoticeVersionMaxLength).IsRequired();

        // One person once in the county, whichever agency registered them; erased rows hold null, which both providers allow repeatedly.
        builder.HasIndex(s => s.IdNumberLookup).IsUnique();
        builder.HasIndex(s => new { s.AgencyId, s.Name });
        // The staff list's filters and its order (people in service, by name; by post): docs/PERFORMANCE.md.
        builder.HasIndex(s => new { s.Status, s.Name });
        builder.HasIndex(s => new { s.Post, s.Status, s.Name });
        builder.HasOne<Agency>().WithMany().HasForeignKey(s => s.AgencyId).OnDelete(DeleteBehavior.Restrict);

        builder.Navigation(s => s.Checks).UsePropertyAccessMode(PropertyAccessMode.Field).HasField("_checks");
        builder.HasMany(s => s.Checks).WithOne().HasForeignKey(c => c.StaffMemberId).OnDelete(DeleteBehavior.Restrict);
    }
}
