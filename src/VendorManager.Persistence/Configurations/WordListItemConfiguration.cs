using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VendorManager.Domain.Posts;

namespace VendorManager.Persistence.Configurations;

internal sealed class WordListItemConfiguration : IEntityTypeConfiguration<WordListItem>
{
    public void Configure(EntityTypeBuilder<WordListItem> builder)
    {
        builder.Property(i => i.Category).HasConversion<string>().HasMaxLength(32);
        builder.Property(i => i.WrongForm).HasMaxLength(WordListItem.FormMaxLength).IsRequired();
        builder.Property(i => i.RightForm).HasMaxLength(WordListItem.FormMaxLength);
        builder.Property(i => i.Note).HasMaxLength(WordListItem.NoteMaxLength);
        builder.Property(i => i.AddedBy).HasMaxLength(WordListItem.ActorMaxLength).IsRequired();
        builder.Property(i => i.DisabledBy).HasMaxLength(WordListItem.ActorMaxLength);
        builder.Ignore(i => i.IsEnabled);
        builder.HasIndex(i => new { i.Category, i.WrongForm });
        builder.HasIndex(i => new { i.AddedInVersion, i.DisabledInVersion });
    }
}
