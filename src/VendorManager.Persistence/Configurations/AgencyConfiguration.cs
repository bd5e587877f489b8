using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VendorManager.Domain.Agencies;

namespace VendorManager.Persistence.Configurations;

internal sealed class AgencyConfiguration : IEntityTypeConfiguration<Agency>
{
    public void Configure(EntityTypeBuilder<Agency> builder)
    {
        builder.Property(a => a.Name).HasMaxLength(Agency.NameMaxLength).IsRequired();
        builder.Property(a => a.CreditCode).HasMaxLength(UnifiedSocialCreditCode.Length).IsRequired();
        builder.HasIndex(a => a.CreditCode).IsUnique();
        builder.HasIndex(a => a.Name);
        // The agency list sorts and filters by status (blacklisted ones): docs/PERFORMANCE.md.
        builder.HasIndex(a => a.Status);
        builder.Property(a => a.LegalRepresentative).HasMaxLength(Agency.PersonMaxLength).IsRequired();
        builder.Property(a => a.Address).HasMaxLength(Agency.AddressMaxLength).IsRequired();
        builder.Property(a => a.ContactPhone).HasMaxLength(Agency.PhoneMaxLength).IsRequired();
        builder.Property(a => a.ResponsiblePerson).HasMaxLength(Agency.PersonMaxLength).IsRequired();
        builder.Property(a => a.PostDuties).HasMaxLength(Agency.PostDutiesMaxLength).IsRequired();
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(32);
        builder.Property(a => a.BlacklistReason).HasMaxLength(Agency.ReasonMaxLength);
    }
}
