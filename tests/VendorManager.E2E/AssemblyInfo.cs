// One app instance and one browser for the whole run; the tests drive them one at a time, because
// they share demo users (a failed sign-in counts against the user) and the machine has few cores.
[assembly: AssemblyFixture(typeof(E2EApp))]
[assembly: Xunit.v3.Parallelization(Mode = Xunit.Sdk.ParallelMode.None)]
