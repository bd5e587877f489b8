using System.Reflection;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NetArchTest.Rules;
using VendorManager.Domain.Common;
using VendorManager.Persistence;
using VendorManager.Web.Features;
using ArchResult = NetArchTest.Rules.TestResult;

namespace VendorManager.Web.Tests.Architecture;

/// <summary>
/// The layers of docs/ARCHITECTURE.md, checked on the compiled assemblies (every type a class refers to, method
/// bodies included): pages only display and dispatch, services know nothing of the UI, the domain nothing of
/// EF Core or ASP.NET. The rules are run on <see cref="Violations"/> too, so that a rule that sees nothing fails.
/// </summary>
public sealed class LayeringTests
{
    private static Assembly Web => typeof(Web.Features.FeatureRegistration).Assembly;

    private static Assembly Tests => typeof(LayeringTests).Assembly;

    private static readonly string ViolationsNamespace = typeof(Violations.PageWithAFactory).Namespace!;

    /// <summary>A circuit lives for hours: a component holding a context (or Identity's manager over one) serves stale data and grows.</summary>
    private static ArchResult ComponentsHoldNoDatabase(Assembly assembly, string inNamespace) =>
        Types.InAssembly(assembly).That().ResideInNamespace(inNamespace).And().Inherit(typeof(ComponentBase))
            .ShouldNot().HaveDependencyOnAny(
                typeof(AppDbContext).FullName!,
                typeof(IDbContextFactory<>).FullName!,
                typeof(UserManager<>).FullName!)
            .GetResult();

    private static ArchResult ServicesKnowNoUi(Assembly assembly, string inNamespace) =>
        Types.InAssembly(assembly).That().ResideInNamespace(inNamespace).And().AreClasses().And().DoNotInherit(typeof(ComponentBase))
            .ShouldNot().HaveDependencyOnAny("MudBlazor", "Microsoft.AspNetCore.Components")
            .GetResult();

    /// <summary>
    /// What the container builds for a feature opens a context (or a scope for Identity's manager) per operation; one
    /// taken by the constructor would live as long as the circuit that holds the service.
    /// </summary>
    private static IEnumerable<string> ServicesTakingADatabaseForLife(IEnumerable<Type> registered) =>
        registered
            .Where(t => t.GetConstructors(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance)
                .SelectMany(c => c.GetParameters())
                .Any(p => p.ParameterType == typeof(AppDbContext)
                    || (p.ParameterType.IsGenericType && p.ParameterType.GetGenericTypeDefinition() == typeof(UserManager<>))))
            .Select(t => t.FullName!);

    [Fact]
    public void No_component_depends_on_a_database_context_its_factory_or_the_user_manager()
    {
        Assert.Equal([], ComponentsHoldNoDatabase(Web, "VendorManager.Web").FailingTypeNames ?? []);
    }

    [Fact]
    public void No_service_of_a_feature_depends_on_MudBlazor_or_the_component_framework()
    {
        Assert.Equal([], ServicesKnowNoUi(Web, "VendorManager.Web.Features").FailingTypeNames ?? []);
    }

    [Fact]
    public void No_service_of_a_feature_takes_a_database_context_or_the_user_manager_in_its_constructor()
    {
        var registered = new ServiceCollection().AddFeatures().Select(d => d.ImplementationType).OfType<Type>();

        Assert.Empty(ServicesTakingADatabaseForLife(registered));
    }

    [Fact]
    public void The_domain_depends_on_neither_EF_Core_nor_ASP_NET()
    {
        var result = Types.InAssembly(typeof(UserScope).Assembly)
            .ShouldNot().HaveDependencyOnAny("Microsoft.EntityFrameworkCore", "Microsoft.AspNetCore")
            .GetResult();

        Assert.Equal([], result.FailingTypeNames ?? []);
    }

    [Fact]
    public void The_rules_find_a_component_that_reads_the_database_even_only_inside_a_method()
    {
        Assert.Equal(
            [typeof(Violations.PageCastingToAContext).FullName, typeof(Violations.PageWithAFactory).FullName],
            (ComponentsHoldNoDatabase(Tests, ViolationsNamespace).FailingTypeNames ?? []).Order());
    }

    [Fact]
    public void The_rules_find_a_service_that_shows_a_snackbar_or_keeps_a_context()
    {
        Assert.Equal([typeof(Violations.ServiceWithASnackbar).FullName], ServicesKnowNoUi(Tests, ViolationsNamespace).FailingTypeNames ?? []);
        Assert.Equal([typeof(Violations.ServiceKeepingAContext).FullName], ServicesTakingADatabaseForLife([typeof(Violations.ServiceKeepingAContext), typeof(Violations.ServiceWithASnackbar)]));
    }
}
