using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VendorManager.Domain.Staff;

namespace VendorManager.Persistence.Configurations;

internal sealed class PersonalDataRevealConfiguration : IEntityTypeConfiguration<PersonalDataReveal>
{
    public void Configure(EntityTypeBuilder<PersonalDataReveal> builder)
    {
        // Deliberately audited: each reveal enters the audit log's hash chain with the viewer's name.
        builder.Property(r => r.Field).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.RevealedBy).HasMaxLength(StaffMember.UserNameMaxLength).IsRequired();
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(r => r.StaffMemberId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.StaffMemberId, r.RevealedAt });
    }
}
