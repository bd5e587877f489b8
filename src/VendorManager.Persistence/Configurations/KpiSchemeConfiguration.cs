using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VendorManager.Domain.Evaluations;

namespace VendorManager.Persistence.Configurations;

internal sealed class KpiSchemeConfiguration : IEntityTypeConfiguration<KpiScheme>
{
    public void Configure(EntityTypeBuilder<KpiScheme> builder)
    {
        builder.Property(s => s.Name).HasMaxLength(KpiScheme.NameMaxLength).IsRequired();
        builder.Property(s => s.State).HasConversion<string>().HasMaxLength(32);
        builder.Property(s => s.CreatedBy).HasMaxLength(KpiScheme.ActorMaxLength).IsRequired();
        builder.Property(s => s.PublishedBy).HasMaxLength(KpiScheme.ActorMaxLength);
        builder.ComplexProperty(s => s.Escalation);
        builder.Ignore(s => s.Title);
        builder.Ignore(s => s.IsEditable);
        builder.HasIndex(s => new { s.Name, s.VersionNumber }).IsUnique();
        builder.HasIndex(s => s.State);
        builder.HasOne<KpiScheme>().WithMany().HasForeignKey(s => s.DerivedFromId).OnDelete(DeleteBehavior.Restrict);

        builder.HasMany(s => s.Indicators).WithOne().HasForeignKey(i => i.KpiSchemeId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(s => s.Indicators).HasField("_indicators").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(s => s.DeductionRules).WithOne().HasForeignKey(d => d.KpiSchemeId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(s => s.DeductionRules).HasField("_deductionRules").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(s => s.VetoItems).WithOne().HasForeignKey(v => v.KpiSchemeId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(s => s.VetoItems).HasField("_vetoItems").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(s => s.Bands).WithOne().HasForeignKey(b => b.KpiSchemeId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(s => s.Bands).HasField("_bands").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class KpiIndicatorConfiguration : IEntityTypeConfiguration<KpiIndicator>
{
    public void Configure(EntityTypeBuilder<KpiIndicator> builder)
    {
        builder.Property(i => i.Code).HasMaxLength(KpiIndicator.CodeMaxLength).IsRequired();
        builder.Property(i => i.Name).HasMaxLength(KpiIndicator.NameMaxLength).IsRequired();
        builder.Property(i => i.Guidance).HasMaxLength(KpiIndicator.GuidanceMaxLength);
        builder.HasIndex(i => new { i.KpiSchemeId, i.Code }).IsUnique();
    }
}

internal sealed class KpiDeductionRuleConfiguration : IEntityTypeConfiguration<KpiDeductionRule>
{
    public void Configure(EntityTypeBuilder<KpiDeductionRule> builder)
    {
        builder.Property(d => d.Category).HasConversion<string>().HasMaxLength(32);
        builder.HasIndex(d => new { d.KpiSchemeId, d.Category }).IsUnique();
    }
}

internal sealed class KpiVetoItemConfiguration : IEntityTypeConfiguration<KpiVetoItem>
{
    public void Configure(EntityTypeBuilder<KpiVetoItem> builder)
    {
        builder.Property(v => v.Code).HasMaxLength(KpiVetoItem.CodeMaxLength).IsRequired();
        builder.Property(v => v.Name).HasMaxLength(KpiVetoItem.NameMaxLength).IsRequired();
        builder.HasIndex(v => new { v.KpiSchemeId, v.Code }).IsUnique();
    }
}

internal sealed class PaymentBandConfiguration : IEntityTypeConfiguration<PaymentBand>
{
    public void Configure(EntityTypeBuilder<PaymentBand> builder)
    {
        builder.Property(b => b.SharePercent).HasPrecision(5, 2);
        builder.HasIndex(b => b.KpiSchemeId);
    }
}
