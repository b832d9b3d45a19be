package cli

import (
	"github.com/claimdiff/claimdiff/internal/config"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// Settings flow one way: the defaults are the flags' own, the
// configuration file (.claimdiff.yaml) overrides them, a flag given on the
// command line overrides the file; the command then passes each setting on
// as an argument. No package keeps a setting of its own.

// loadConfig reads the configuration file that --config names, or the one
// found from the working directory up, unless --no-config.
func loadConfig(cmd *cobra.Command) (*config.File, error) {
	fs := cmd.Flags()
	if no, _ := fs.GetBool("no-config"); no {
		return &config.File{}, nil
	}
	var (
		f   *config.File
		err error
	)
	if p, _ := fs.GetString("config"); p != "" {
		f, err = config.Load(p)
	} else {
		f, err = config.Discover(".")
	}
	if err != nil {
		return nil, withCode(ExitError, err)
	}
	return f, nil
}

// fromConfig sets the comparison flags the command line left alone from
// the configuration file.
func (c *comparison) fromConfig(fs *pflag.FlagSet, f *config.File) {
	if f.Tolerance != nil && !fs.Changed("tolerance") {
		c.Tolerance = *f.Tolerance
	}
	if f.Threshold != nil && !fs.Changed("threshold") {
		c.Threshold = *f.Threshold
	}
}

// fromConfig takes the exclude patterns of the configuration file.
func (o *inputOptions) fromConfig(f *config.File) {
	o.Exclude = f.Excluder()
	o.excludeUnder = f.ExcludedUnder
}

// configure reads the configuration file and applies it to a reading
// command's input options and, when it has them, comparison flags.
func configure(cmd *cobra.Command, in *inputOptions, c *comparison) (*config.File, error) {
	f, err := loadConfig(cmd)
	if err != nil {
		return nil, err
	}
	if in != nil {
		in.fromConfig(f)
	}
	if c != nil {
		c.fromConfig(cmd.Flags(), f)
	}
	return f, nil
}
