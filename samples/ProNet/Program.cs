using System;
using System.IO;

namespace ProNet;

public static class Program
{
    public static int Main(string[] args) =>
        ProNetApp.Run(args, Console.Out, Console.Error, interactive: !Console.IsErrorRedirected);
}
